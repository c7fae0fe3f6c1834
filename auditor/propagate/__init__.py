"""Propagation: the inter-procedural fixpoint that moves taint from sources to sinks.

Each function is interpreted once over its IR with its parameters bound to placeholder labels;
the result is a summary (what it returns, which parameters reach which sinks, what it stores
into its parameters). Calls instantiate the callee's summary with the actual arguments, so a
helper used with an email in one place and an order id in another stays precise. Module globals
and instance attributes written in one function and read in another go through a small heap.
A worklist re-analyses a function when something it read changed, until nothing changes.

Findings are recorded as hits: a concrete label (a real source) meeting a sink, with its trace.

The package: `engine` (whole-program state, worklist), `analyzer` (one function's statements
and expressions) with its parts `objects`, `containers`, `tables`, `calls`, `library`,
`summaries` and `sinks`; `base` holds the limits, records and shared helpers.
"""

from auditor.propagate.analyzer import FunctionAnalyzer
from auditor.propagate.base import (
    MAX_ANALYSES,
    MAX_SPECIALISATIONS,
    ROUND,
    WORK_PER_FUNCTION,
    Hit,
    ParamSink,
    Site,
    SourceInfo,
    Summary,
    original,
)
from auditor.propagate.engine import Engine

__all__ = [
    "MAX_ANALYSES",
    "MAX_SPECIALISATIONS",
    "ROUND",
    "WORK_PER_FUNCTION",
    "Engine",
    "FunctionAnalyzer",
    "Hit",
    "ParamSink",
    "Site",
    "SourceInfo",
    "Summary",
    "original",
]
