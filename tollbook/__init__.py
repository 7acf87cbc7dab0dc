"""tollbook: raw news pages in, a sourced ledger of casualty claims out."""
from tollbook.model import Claim, Count, Document, RawPage, Victims

__version__ = "0.1.0"

__all__ = ["Claim", "Count", "Document", "RawPage", "Victims", "__version__"]
