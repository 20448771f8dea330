"""Small helpers every part of claimcheck shares, one copy each: atomic file writes and
safe file names (``files``), plurals (``words``), timestamps (``clock``). Leaf modules: they
import nothing else from claimcheck."""
