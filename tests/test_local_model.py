"""Loading the bundled llama.cpp model safely on any CPU (no model is loaded here)."""

from __future__ import annotations

import llama_cpp.llama_cpp as lib
import pytest

from assistant.llm import _no_amx_buffers


@pytest.mark.parametrize("info, extra", [(b"AVX2 = 1 | AMX_INT8 = 1 |", False), (b"AVX2 = 1 | AVX512 = 1 |", True)])
def test_a_build_with_amx_loads_quantized_weights_without_amx_buffers(monkeypatch: pytest.MonkeyPatch, info: bytes, extra: bool) -> None:
    # in a VM without AMX state (Firecracker) an AMX build's first tile instruction kills the process
    monkeypatch.setattr(lib, "llama_print_system_info", lambda: info)
    default = lib.llama_model_default_params
    with _no_amx_buffers():
        assert lib.llama_model_default_params().use_extra_bufts is extra
    assert lib.llama_model_default_params is default and default().use_extra_bufts is True
