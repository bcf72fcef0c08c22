#!/usr/bin/env python3
"""Records the figures of the EleutherAI cookbook's calculators for Anthology's parity table.

    python3 anthology-cli/src/test/parity/record_cookbook.py COOKBOOK/calc \
        > anthology-cli/src/test/resources/calc/cookbook-parity.tsv

COOKBOOK/calc is a checkout's calc/ folder (calc_transformer_params.py, _flops.py, _mem.py). The
scripts are imported from there, never copied; each case calls the script's own function with its
command-line arguments, and the exact figures are read from the function's local variables as it
returns (the scripts print only rounded values). Standard library only.

Each row pairs one cookbook figure with the JSON pointer(s) of the same quantity in
`anthology calc ... --format json` and says what Anthology must print: the cookbook's figure
("agree"), or, where a documented fault of the cookbook applies (docs/calc.md, "Differences from
the cookbook"), the correct figure, worked out here from the fault's own description.
"""
import contextlib
import importlib.util
import io
import os
import subprocess
import sys

CALC = sys.argv[1] if len(sys.argv) > 1 else "calc"
COOKBOOK_ARCH = ["--positions", "learned", "--attention-bias", "--no-mlp-bias"]  # what the cookbook's sums assume


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(CALC, name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCRIPTS = {"params": (load("calc_transformer_params"), "calc_params"),
           "flops": (load("calc_transformer_flops"), "calc_flops"),
           "memory": (load("calc_transformer_mem"), "calc_mem")}


def run(script, args):
    """The local variables of the script's calculation when it returns."""
    module, function = SCRIPTS[script]
    seen = {}

    def profile(frame, event, arg):
        if event == "return" and frame.f_code.co_name == function:
            seen.update(frame.f_locals)

    parsed = module.config_parser().parse_args(args)
    sys.setprofile(profile)
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            getattr(module, function)(parsed)
    finally:
        sys.setprofile(None)
    return seen


def exact(value):
    if isinstance(value, float):
        if not value.is_integer():
            raise SystemExit("not a whole number: %r" % value)
        return int(value)
    return int(value)


# (case, script, cookbook args, anthology args, [(cookbook quantity, anthology pointers, verdict, correct(v))])
# A quantity "a+b" sums the cookbook's variables a and b. correct(v) maps the cookbook's figure to
# the right one for a fault; for "agree" it is the identity.
def agree(v):
    return v


L, H, V, S = 44, 6144, 50432, 2048  # GPT-NeoX-20B
LL, LH = 32, 4096  # Llama-2-7B
CASES = [
    ("p-gpt3-175b", "params", ["-l", "96", "-hs", "12288"],
     ["-l", "96", "-hs", "12288", "-a", "96", "-v", "51200", "-s", "2048"] + COOKBOOK_ARCH, [
         ("embedding_params", "/components/embedding+/components/unembedding", "agree", agree),
         ("position_embedding_params", "/components/positions", "agree", agree),
         ("ffn_params", "/components/mlp", "agree", agree),
         ("attention_params+layernorm_params", "/components/attention+/components/norms", "agree", agree),
         ("total_params", "/total_params", "agree", agree)]),
    ("p-tied-gpt2-xl-shape", "params", ["-l", "48", "-hs", "1600", "-v", "50257", "-s", "1024", "--tied-embeddings"],
     ["-l", "48", "-hs", "1600", "-a", "25", "-v", "50257", "-s", "1024", "--tied-embeddings"] + COOKBOOK_ARCH, [
         ("embedding_params", "/components/embedding+/components/unembedding", "agree", agree),
         ("total_params", "/total_params", "agree", agree)]),
    ("p-gqa", "params", ["-l", "32", "-hs", "4096", "-v", "32000", "-kv", "0.25"],
     ["-l", "32", "-hs", "4096", "-a", "32", "-kv", "0.25", "-v", "32000", "--positions", "learned"], [
         ("attention_params", "/components/attention", "agree", agree),
         ("layernorm_params", "/components/norms", "C2", lambda v: v - 4 * 32 * 4096)]),
    ("p-moe-fairseq-15b", "params", ["-l", "12", "-hs", "768", "--moe", "-e", "512"],
     ["-l", "12", "-hs", "768", "-a", "12", "-v", "51200", "-e", "512"] + COOKBOOK_ARCH, [
         ("ffn_params", "/components/mlp+/components/experts", "agree", agree),
         ("gating_params", "/components/router", "agree", agree),
         ("total_params", "/total_params", "agree", agree)]),
    ("p-moe-every-other-block", "params", ["-l", "24", "-hs", "1024", "--moe", "-e", "64", "-ei", "2", "-t", "2"],
     ["-l", "24", "-hs", "1024", "-a", "16", "-v", "51200", "-e", "64", "-ei", "2", "-t", "2"] + COOKBOOK_ARCH, [
         ("ffn_params", "/components/mlp+/components/experts", "agree", agree),
         ("gating_params", "/components/router", "agree", agree),
         ("total_params", "/total_params", "agree", agree)]),
    ("p-gpt-neox-20b", "params", ["-l", "44", "-hs", "6144", "-v", "50432"],
     ["-l", "44", "-hs", "6144", "-a", "64", "-v", "50432", "--attention-bias", "--mlp-bias"], [
         ("embedding_params", "/components/embedding+/components/unembedding", "agree", agree),
         ("attention_params", "/components/attention", "C2", lambda v: v + 4 * L * H),
         ("ffn_params", "/components/mlp", "C2", lambda v: v + 5 * L * H),
         ("position_embedding_params", "/components/positions", "C1", lambda v: v - H * S),
         ("layernorm_params", "/components/norms", "C2", lambda v: v - 4 * L * H),
         # The released checkpoint's count, 20,554,567,680 (the GPT-NeoX-20B model card).
         ("total_params", "/total_params", "C1 C2", lambda v: v - H * S + 5 * L * H)]),
    ("p-llama-2-7b", "params", ["-l", "32", "-hs", "4096", "-v", "32000", "-s", "4096", "-nl", "3", "-ff", "3"],
     ["-l", "32", "-hs", "4096", "-a", "32", "-v", "32000", "-s", "4096", "-nl", "3", "--ffn-hidden-size", "11008",
      "--norm", "rms_norm"], [
         ("attention_params", "/components/attention", "agree", agree),
         ("ffn_params", "/components/mlp", "C3", lambda v: 3 * LL * LH * 11008),
         ("position_embedding_params", "/components/positions", "C1", lambda v: v - LH * 4096),
         ("layernorm_params", "/components/norms", "C2", lambda v: 2 * LL * LH + LH),
         # The released checkpoint's count, 6,738,415,616.
         ("total_params", "/total_params", "C1 C2 C3",
          lambda v: v - LH * 4096 - (8 * LL * LH + 2 * LH) + (2 * LL * LH + LH) - 3 * 3 * LL * LH * LH + 3 * LL * LH * 11008)]),

    ("f-gpt3-175b-recompute", "flops", ["-l", "96", "-hs", "12288", "--tokens", "2048", "-s", "2048"],
     ["-l", "96", "-hs", "12288", "-a", "96", "-v", "51200", "--tokens", "2048", "-s", "2048", "--recompute", "full"], [
         ("qkv_flops", "/components/attention_qkv", "agree", agree),
         ("attention_matrix_flops", "/components/attention_scores", "agree", agree),
         ("attention_over_values_flops", "/components/attention_values", "agree", agree),
         ("linear_projection_flops", "/components/attention_output", "agree", agree),
         ("ffn_flops", "/components/mlp", "agree", agree),
         ("embedding_flops", "/components/logits", "C5", lambda v: 3 * 2 * 12288 * 51200 * 2048),
         ("total_flops", "/total_flops", "C5", lambda v: v - 2048 * (4 * 12288 + 2 * 12288 * 51200) + 3 * 2 * 12288 * 51200 * 2048)]),
    ("f-gpt3-175b", "flops", ["-l", "96", "-hs", "12288", "--tokens", "2048", "-s", "2048", "--no-checkpoint-activations"],
     ["-l", "96", "-hs", "12288", "-a", "96", "-v", "51200", "--tokens", "2048", "-s", "2048"], [
         ("qkv_flops+attention_matrix_flops+attention_over_values_flops+linear_projection_flops+ffn_flops",
          "/components/attention_qkv+/components/attention_scores+/components/attention_values+/components/attention_output+/components/mlp",
          "agree", agree),
         ("embedding_flops", "/components/logits", "C5", lambda v: 3 * 2 * 12288 * 51200 * 2048)]),
    ("f-inference", "flops", ["-l", "32", "-hs", "4096", "-v", "32000", "--tokens", "4096", "-s", "4096", "--infer"],
     ["-l", "32", "-hs", "4096", "-a", "32", "-v", "32000", "--tokens", "4096", "-s", "4096", "--infer"], [
         ("qkv_flops+attention_matrix_flops+attention_over_values_flops+linear_projection_flops+ffn_flops",
          "/components/attention_qkv+/components/attention_scores+/components/attention_values+/components/attention_output+/components/mlp",
          "agree", agree),
         ("embedding_flops", "/components/logits", "C5", lambda v: v - 4 * 4096 * 4096)]),
    ("f-gqa", "flops", ["-l", "32", "-hs", "4096", "-v", "32000", "-kv", "0.25", "--tokens", "2048", "--no-checkpoint-activations"],
     ["-l", "32", "-hs", "4096", "-a", "32", "-kv", "0.25", "-v", "32000", "--tokens", "2048"], [
         ("qkv_flops", "/components/attention_qkv", "agree", agree),
         ("attention_matrix_flops", "/components/attention_scores", "agree", agree)]),
    ("f-llama-2-7b-ffn-hidden-size", "flops",
     ["-l", "32", "-hs", "4096", "-v", "32000", "-nl", "3", "--ffn-hidden-size", "11008", "--tokens", "4096", "-s", "4096",
      "--no-checkpoint-activations"],
     ["-l", "32", "-hs", "4096", "-a", "32", "-v", "32000", "-nl", "3", "--ffn-hidden-size", "11008", "--tokens", "4096",
      "-s", "4096"], [
         ("ffn_flops", "/components/mlp", "C4", lambda v: 3 * 2 * 3 * 4096 * 11008 * 32 * 4096)]),
    ("f-moe-top2", "flops",
     ["-l", "32", "-hs", "4096", "-v", "32000", "--moe", "-e", "8", "-t", "2", "-ei", "1", "--tokens", "2048",
      "--no-checkpoint-activations"],
     ["-l", "32", "-hs", "4096", "-a", "32", "-v", "32000", "-e", "8", "-t", "2", "--tokens", "2048"], [
         ("ffn_flops", "/components/mlp+/components/experts", "agree", agree),
         ("gating_flops", "/components/router", "agree", agree)]),
    ("f-moe-top2-every-other-block", "flops",
     ["-l", "24", "-hs", "1024", "--moe", "-e", "64", "-t", "2", "-ei", "2", "--tokens", "2048", "--no-checkpoint-activations"],
     ["-l", "24", "-hs", "1024", "-a", "16", "-v", "51200", "-e", "64", "-t", "2", "-ei", "2", "--tokens", "2048"], [
         # 12 dense blocks at 1 MLP a token and 12 expert blocks at 2: 1.5 times the all-dense figure, not 2/2.
         ("ffn_flops", "/components/mlp+/components/experts", "C6", lambda v: v * 3 // 2),
         ("gating_flops", "/components/router", "agree", agree)]),
]

P6 = ["--num-layers", "32", "--sequence-length", "2048", "--num-attention-heads", "32", "--hidden-size", "4096",
      "--vocab-size", "50432"]
A6 = ["-l", "32", "-s", "2048", "-a", "32", "-hs", "4096", "-v", "50432"] + COOKBOOK_ARCH
SBHL = 2048 * 4096 * 32
MEMORY = "/per_device_bytes/"
CASES += [
    ("m-selective-zero1-64", "memory", P6 + ["-b", "8", "--checkpoint-activations", "--zero-stage", "1", "--num-gpus", "64"],
     A6 + ["-b", "8", "--recompute", "selective", "-z", "1", "--num-gpus", "64"], [
         ("per_gpu_model_mem", MEMORY + "weights", "agree", agree),
         ("per_gpu_gradient_mem", MEMORY + "gradients", "agree", agree),
         ("per_gpu_optimizer_mem", MEMORY + "optimizer", "agree", agree),
         ("per_gpu_communication_mem", MEMORY + "zero_buffers", "agree", agree),
         ("per_gpu_activation_mem", MEMORY + "activations", "agree", agree)]),
    ("m-no-recompute-one-device", "memory", P6 + ["--zero-stage", "0", "--num-gpus", "1"],
     A6 + ["-z", "0"], [
         ("per_gpu_model_mem+per_gpu_gradient_mem+per_gpu_optimizer_mem", MEMORY + "weights+" + MEMORY + "gradients+" + MEMORY + "optimizer",
          "agree", agree),
         ("per_gpu_activation_mem", MEMORY + "activations", "agree", agree)]),
    ("m-zero3-16", "memory", P6 + ["--zero-stage", "3", "--num-gpus", "16", "--optimizer", "sgd_momentum"],
     A6 + ["-z", "3", "--num-gpus", "16", "--optimizer", "sgd_momentum"], [
         ("per_gpu_model_mem", MEMORY + "weights", "agree", agree),
         ("per_gpu_gradient_mem", MEMORY + "gradients", "agree", agree),
         ("per_gpu_optimizer_mem", MEMORY + "optimizer", "agree", agree),
         ("per_gpu_communication_mem", MEMORY + "zero_buffers", "agree", agree)]),
    ("m-tensor2-zero1", "memory",
     P6 + ["--zero-stage", "1", "--num-gpus", "16", "-tp", "2", "--partition-activations", "--checkpoint-activations"],
     A6 + ["-z", "1", "--num-gpus", "16", "-tp", "2", "--sequence-parallel", "--recompute", "selective"], [
         ("per_gpu_model_mem", MEMORY + "weights", "agree", agree),
         ("per_gpu_gradient_mem", MEMORY + "gradients", "C8", lambda v: v // 2),
         ("per_gpu_optimizer_mem", MEMORY + "optimizer", "agree", agree),
         ("per_gpu_activation_mem", MEMORY + "activations", "agree", agree)]),
    ("m-tensor2-zero3", "memory", P6 + ["--zero-stage", "3", "--num-gpus", "16", "-tp", "2"],
     A6 + ["-z", "3", "--num-gpus", "16", "-tp", "2"], [
         ("per_gpu_model_mem", MEMORY + "weights", "C8", lambda v: v * 2),
         ("per_gpu_gradient_mem", MEMORY + "gradients", "agree", agree),
         ("per_gpu_optimizer_mem", MEMORY + "optimizer", "agree", agree)]),
    ("m-tensor2-no-partition", "memory", P6 + ["--zero-stage", "0", "--num-gpus", "2", "-tp", "2", "--checkpoint-activations"],
     A6 + ["-z", "0", "--num-gpus", "2", "-tp", "2", "--recompute", "selective"], [
         ("per_gpu_model_mem", MEMORY + "weights", "agree", agree),
         # Korthikanti et al. Table 2, tensor parallel without sequence parallel: sbhL(10 + 24/t).
         ("per_gpu_activation_mem", MEMORY + "activations", "C9", lambda v: SBHL * (10 + 24 // 2))]),
    ("m-inference", "memory", P6 + ["--infer", "--output-tokens", "1", "--batch-size-per-gpu", "4"],
     A6 + ["--infer", "-o", "1", "-b", "4"], [
         ("per_gpu_model_mem", MEMORY + "weights", "agree", agree),
         ("per_gpu_activation_mem", MEMORY + "activations", "agree", agree),
         ("per_gpu_kv_cache_mem", MEMORY + "kv_cache", "C7", lambda v: 2 * v)]),
    ("m-inference-gqa-tensor2", "memory",
     P6 + ["--infer", "--output-tokens", "1", "-kv", "0.25", "-tp", "2", "--num-gpus", "2"],
     ["-l", "32", "-s", "2048", "-a", "32", "-kv", "0.25", "-hs", "4096", "-v", "50432", "--infer", "-o", "1", "-tp", "2",
      "--num-gpus", "2"], [
         # 2 (K and V) × 2 bytes × 32 blocks × 4 of the 8 key/value heads × 128 × 2049 tokens.
         ("per_gpu_kv_cache_mem", MEMORY + "kv_cache", "C7", lambda v: 2 * 2 * 32 * 4 * 128 * 2049)]),
    ("m-fp32", "memory", P6 + ["--zero-stage", "0", "--disable-mixed-precision", "--checkpoint-activations"],
     A6 + ["-z", "0", "--disable-mixed-precision", "--recompute", "selective"], [
         ("per_gpu_model_mem", MEMORY + "weights", "agree", agree),
         ("per_gpu_gradient_mem", MEMORY + "gradients", "agree", agree),
         ("per_gpu_optimizer_mem", MEMORY + "optimizer", "C10", lambda v: v // 12 * 8),
         ("per_gpu_activation_mem", MEMORY + "activations", "C11", lambda v: SBHL * (16 * 4 + 2))]),
    ("m-tied-embeddings", "memory", P6 + ["--zero-stage", "0"], A6 + ["-z", "0", "--tied-embeddings"], [
         ("per_gpu_model_mem", MEMORY + "weights", "C12", lambda v: v - 2 * 50432 * 4096)]),
    ("m-experts", "memory", P6 + ["--zero-stage", "0", "--num-experts", "8", "-ep", "2", "--num-gpus", "2"],
     A6 + ["-z", "0", "-e", "8", "-t", "2", "-ep", "2", "--num-gpus", "2"], [
         # The routers (hidden × experts a block, not split by expert parallelism) at 2 bytes.
         ("per_gpu_model_mem", MEMORY + "weights", "C13", lambda v: v + 2 * 32 * 4096 * 8),
         ("per_gpu_activation_mem", MEMORY + "activations", "agree", agree)]),
]


def figure(values, quantity):
    return sum(exact(values[name]) for name in quantity.split("+"))


def main():
    commit = subprocess.run(["git", "-C", CALC, "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    print("# Figures of the EleutherAI cookbook's calc scripts (commit %s) beside what" % (commit or "unknown"))
    print("# `anthology calc` must print for the same model. Made by:")
    print("#   python3 anthology-cli/src/test/parity/record_cookbook.py COOKBOOK/calc > this file")
    print("# verdict: agree, or the fault ids of docs/calc.md that make the cookbook's figure wrong; expected is Anthology's.")
    print("\t".join(["case", "command", "cookbook_args", "anthology_args", "cookbook_quantity", "anthology_pointer",
                     "cookbook_value", "expected", "verdict"]))
    for case, script, cookbook_args, anthology_args, quantities in CASES:
        values = run(script, cookbook_args)
        for quantity, pointer, verdict, correct in quantities:
            value = figure(values, quantity)
            expected = correct(value)
            if (verdict == "agree") != (expected == value):
                raise SystemExit("%s %s: verdict %s but expected %d, cookbook %d" % (case, quantity, verdict, expected, value))
            print("\t".join([case, script, " ".join(cookbook_args), " ".join(anthology_args), quantity, pointer,
                             str(value), str(expected), verdict]))


if __name__ == "__main__":
    main()
