"""Query results as pandas frames without per-row conversion: times are read as the database gives them and
converted for a whole column at once (SQLite keeps them as naive UTC text, which the per-row conversion of
UTCDateTime parses one value at a time)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd
import sqlalchemy as sa

UTC_TIMES = "datetime64[us, UTC]"  # what a column of aware datetimes becomes in a frame


def raw_time(conn: sa.Connection, column: sa.ColumnElement) -> sa.ColumnElement:
    """A time column without the per-row conversion of UTCDateTime (see `utc_column`)."""
    return sa.type_coerce(column, sa.String() if conn.dialect.name == "sqlite" else sa.DateTime(timezone=True))


def utc_column(values: Any) -> pd.Series:
    """A column read through `raw_time` as aware UTC times (missing ones NaT): the values and type that the same
    column read through UTCDateTime gives."""
    return pd.to_datetime(pd.Series(values, dtype=object), utc=True, format="ISO8601").astype(UTC_TIMES)


def tuples_frame(conn: sa.Connection, query: sa.Select, columns: Sequence[str]) -> pd.DataFrame:
    """The rows of `query` as a frame; plain tuples, since building a frame from Row objects or mappings costs a
    failed attribute lookup per row."""
    return pd.DataFrame(list(map(tuple, conn.execute(query).fetchall())), columns=list(columns))
