"""Alembic environment for tollbook's store.

``tollbook.store`` runs the migrations itself (``Store.open``) and hands its
open connection over in ``config.attributes["connection"]``. Run from the
``alembic`` command line instead (to write a new revision), it connects to the
``sqlalchemy.url`` of ``tollbook/store/alembic.ini``.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from tollbook.store.schema import metadata


def run_migrations(connection: sa.Connection) -> None:
    # Batch mode lets later migrations ALTER tables on SQLite (copy and swap).
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_from_command_line() -> None:
    engine = sa.create_engine(context.config.get_main_option("sqlalchemy.url"))
    with engine.begin() as connection:
        run_migrations(connection)


given = context.config.attributes.get("connection")
if given is not None:
    run_migrations(given)
else:
    run_from_command_line()
