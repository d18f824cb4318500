"""Zero-copy views of an Arrow string array's buffers, for byte-level work in numpy."""

from __future__ import annotations

import numpy as np
import pyarrow as pa


def offsets_and_bytes(values: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """(offsets, data) of a string or large_string array without nulls: text i is data[offsets[i]:offsets[i + 1]].

    The offsets are int32 or int64 as the array stores them; data is the whole byte buffer (empty when every text
    is empty)."""
    _, offset_buffer, data_buffer = values.buffers()
    width = np.int64 if pa.types.is_large_string(values.type) else np.int32
    offsets = np.frombuffer(offset_buffer, dtype=width)[values.offset : values.offset + len(values) + 1]
    data = np.frombuffer(data_buffer, dtype=np.uint8) if data_buffer is not None else np.zeros(0, np.uint8)
    return offsets, data
