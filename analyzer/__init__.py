"""analyzer: did the minister actually answer? Answer-completeness analysis of Dutch written questions."""

__version__ = "0.3.0"
