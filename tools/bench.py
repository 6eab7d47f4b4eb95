"""`make bench`: this bot against Rasa's own sample bot, side by side, in one run.

The sample bot is made with `rasa init --no-prompt` in a temporary folder, with the
same Rasa, and keeps its default in-memory tracker store; this bot runs as `make run`
runs it, with its SQL tracker store and action server. Both are driven over the REST
channel by the same load generator. Figures: p50/p95 latency at 1 and at 10
concurrent conversations, messages per second at 10, latency at turn 100 of one long
conversation against turn 1, resident memory of the Rasa server, start-up time and
training time. The table goes to the terminal and the figures to reports/ as JSON.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import requests

from bot import processes
from bot.settings import PROJECT_ROOT
from tests.support.ports import free_port

REPORTS = PROJECT_ROOT / "reports"
SAMPLE_MESSAGES = ["hello", "I am sad", "yes", "I am happy", "no", "are you a bot?", "great", "bye", "hi", "very good"]
CARER_MESSAGES = [
    "hello",
    "I look after my mum and I really need a break",
    "we are struggling with money and bills",
    "my dad has dementia and I'm exhausted",
    "thank you",
    "im 15 and i look after my little brother",
    "can I talk to someone",
    "my son is autistic and I need help",
    "thanks",
    "bye",
]
# The same conversation in the other languages the bot speaks (issue 15): what detecting
# and answering in them costs through the real server.
OTHER_LANGUAGE_MESSAGES = {
    "pt": ["olá", "Cuido da minha mãe e preciso muito de uma pausa", "estamos com dificuldades com dinheiro e contas",
           "o meu pai tem demência e estou exausta", "obrigada"],
    "es": ["hola", "Cuido a mi madre y necesito un descanso de verdad", "tenemos problemas de dinero y facturas",
           "mi padre tiene demencia y estoy agotada", "gracias"],
    "pl": ["dzień dobry", "Opiekuję się mamą i naprawdę potrzebuję przerwy", "mamy problemy z pieniędzmi i rachunkami",
           "mój tata ma demencję i jestem wykończona", "dziękuję"],
}
CONVERSATION_TURNS = 10
LONG_TURNS = 100
# Rasa caches trained components between runs; timing a training needs it off.
NO_TRAINING_CACHE = {"RASA_MAX_CACHE_SIZE": "0"}


@dataclass
class Target:
    name: str
    url: str
    messages: list[str]
    pid: int


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def send(session: requests.Session, target: Target, sender: str, text: str) -> float:
    started = time.perf_counter()
    reply = session.post(f"{target.url}/webhooks/rest/webhook", json={"sender": sender, "message": text}, timeout=120)
    elapsed = time.perf_counter() - started
    reply.raise_for_status()
    return elapsed * 1000


def conversations(target: Target, concurrency: int, per_worker: int) -> dict:
    """`concurrency` workers, each holding `per_worker` conversations of ten turns."""
    latencies: list[float] = []
    lock = threading.Lock()

    def worker(worker_id: int) -> None:
        session = requests.Session()
        for number in range(per_worker):
            sender = f"bench-{target.name}-{concurrency}-{worker_id}-{number}-{secrets.token_hex(3)}"
            for turn in range(CONVERSATION_TURNS):
                ms = send(session, target, sender, target.messages[turn % len(target.messages)])
                with lock:
                    latencies.append(ms)

    # Warm up: the first messages pay for lazy start-up work.
    warm = requests.Session()
    for text in target.messages:
        send(warm, target, f"bench-warmup-{secrets.token_hex(3)}", text)
    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(worker, range(concurrency)))
    wall = time.perf_counter() - started
    return {
        "messages": len(latencies),
        "p50_ms": round(percentile(latencies, 0.50), 1),
        "p95_ms": round(percentile(latencies, 0.95), 1),
        "messages_per_second": round(len(latencies) / wall, 2),
    }


def long_conversation(target: Target, repeats: int = 3) -> dict:
    """Latency of turn 1 and turn 100 of one conversation (median over a few conversations
    and over turns 1-5 and 96-100, so one slow message does not decide it)."""
    first, last = [], []
    session = requests.Session()
    for repeat in range(repeats):
        sender = f"bench-long-{target.name}-{repeat}-{secrets.token_hex(3)}"
        for turn in range(1, LONG_TURNS + 1):
            ms = send(session, target, sender, target.messages[turn % len(target.messages)])
            if turn <= 5:
                first.append(ms)
            elif turn > LONG_TURNS - 5:
                last.append(ms)
    turn_1, turn_100 = statistics.median(first), statistics.median(last)
    return {"turn_1_ms": round(turn_1, 1), "turn_100_ms": round(turn_100, 1), "growth": round(turn_100 / turn_1, 2)}


LONG_MESSAGE_SIZES = {"100k": 100_000, "1MB": 1_000_000}


def beside_a_long_message(target: Target, size: int) -> dict:
    """Latency of short messages from other conversations while one message of `size`
    characters is being read: it must hold nobody up (issue 12)."""
    sentence = "My dad has dementia and I look after him every day, and I am tired. "
    text = (sentence * (size // len(sentence) + 1))[:size]
    latencies: list[float] = []
    finished = threading.Event()
    long_ms: list[float] = []

    def post_long() -> None:
        long_ms.append(send(requests.Session(), target, f"bench-long-message-{secrets.token_hex(3)}", text))
        finished.set()

    worker = threading.Thread(target=post_long)
    worker.start()
    time.sleep(0.5)  # the long message is being read now
    session = requests.Session()
    while not finished.is_set() or len(latencies) < 5:
        latencies.append(send(session, target, f"bench-beside-{secrets.token_hex(3)}", target.messages[0]))
    worker.join()
    return {"short_p50_ms": round(percentile(latencies, 0.50), 1), "short_p95_ms": round(percentile(latencies, 0.95), 1),
            "short_messages": len(latencies), "long_message_ms": round(long_ms[0], 1)}


def other_languages(target: Target, rounds: int = 4) -> dict:
    """p50 and p95 of each other language's conversation, one at a time, beside English's."""
    figures = {}
    session = requests.Session()
    for language, messages in OTHER_LANGUAGE_MESSAGES.items():
        latencies = []
        for number in range(rounds):
            sender = f"bench-{language}-{number}-{secrets.token_hex(3)}"
            latencies += [send(session, target, sender, text) for text in messages]
        figures[language] = {"p50_ms": round(percentile(latencies, 0.5), 1),
                             "p95_ms": round(percentile(latencies, 0.95), 1), "messages": len(latencies)}
    return figures


DETECTION_PROBE = """
import json, time
def rss():
    return int(open('/proc/self/status').read().split('VmRSS:')[1].split()[0]) / 1024
before = rss()
from bot.language_detection import detect
started = time.perf_counter(); detect('Opiekuję się mamą i naprawdę potrzebuję przerwy'); first = time.perf_counter() - started
texts = {'short': 'my dad has dementia and I am exhausted', 'medium': 'Cuido da minha mãe que tem demência. ' * 10,
         'long (5,000 characters)': ('Mi madre tiene demencia y necesito un descanso. ' * 120)[:5000]}
timing = {}
for name, text in texts.items():
    runs = []
    for _ in range(50):
        started = time.perf_counter(); detect(text); runs.append((time.perf_counter() - started) * 1000)
    runs.sort(); timing[name] = round(runs[len(runs) // 2], 2)
print(json.dumps({'memory_mb': round(rss() - before, 1), 'first_call_ms': round(first * 1000, 1),
                  'median_ms': timing}))
"""


def language_detection_cost(env: dict[str, str]) -> dict:
    """lingua on its own, in a fresh process: the memory its models take, the first call
    (which loads them) and the time per message by length."""
    done = subprocess.run([sys.executable, "-c", DETECTION_PROBE], cwd=PROJECT_ROOT, env=env, capture_output=True,
                          text=True, timeout=300, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def resident_memory_mb(pid: int) -> float:
    """RSS of a process and its children, from /proc."""
    total_kb = 0
    pids = [pid] + _children(pid)
    for each in pids:
        try:
            for line in Path(f"/proc/{each}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kb += int(line.split()[1])
        except FileNotFoundError:
            continue
    return round(total_kb / 1024, 1)


def _children(pid: int) -> list[int]:
    found = []
    for path in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = path.read_text().split(") ")[-1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        if int(fields[1]) == pid:
            child = int(path.parent.name)
            found += [child] + _children(child)
    return found


def timed(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return round(time.perf_counter() - started, 1)


def measure(target: Target) -> dict:
    print(f"  {target.name}: 1 conversation at a time", flush=True)
    single = conversations(target, concurrency=1, per_worker=6)
    print(f"  {target.name}: 10 at once", flush=True)
    ten = conversations(target, concurrency=10, per_worker=4)
    print(f"  {target.name}: one conversation of {LONG_TURNS} turns", flush=True)
    long = long_conversation(target)
    return {
        "p50_ms_at_1": single["p50_ms"], "p95_ms_at_1": single["p95_ms"],
        "p50_ms_at_10": ten["p50_ms"], "p95_ms_at_10": ten["p95_ms"],
        "messages_per_second_at_10": ten["messages_per_second"],
        **long,
        "rss_mb": resident_memory_mb(target.pid),
    }


def run_sample_bot(workdir: Path, env: dict[str, str], results: dict) -> None:
    python = sys.executable
    project = workdir / "sample"
    project.mkdir()
    print("Creating Rasa's sample bot (rasa init --no-prompt)...", flush=True)
    subprocess.run([python, "-m", "rasa", "init", "--no-prompt", "--init-dir", str(project)], cwd=project, env=env,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(project / "models", ignore_errors=True)
    print("Training the sample bot...", flush=True)
    train_seconds = timed([python, "-m", "rasa", "train", "--out", "models", "--fixed-model-name", "sample"], project,
                          {**env, **NO_TRAINING_CACHE})
    port = free_port()
    supervisor = processes.Supervisor(log_dir=workdir / "logs-sample")
    started = time.perf_counter()
    # Run from its own folder, so that it reads its own endpoints.yml (in-memory store).
    running = supervisor.start("sample rasa", [python, "-m", "rasa", "run", "--model", "models/sample.tar.gz",
                                               "--port", str(port)], env, f"http://127.0.0.1:{port}/", cwd=project)
    supervisor.wait_ready(timeout=300)
    ready_seconds = round(time.perf_counter() - started, 1)
    try:
        target = Target("sample", f"http://127.0.0.1:{port}", SAMPLE_MESSAGES, running.process.pid)
        results["sample"] = {**measure(target), "start_to_ready_s": ready_seconds, "training_s": train_seconds}
    finally:
        supervisor.stop()


def run_this_bot(workdir: Path, env: dict[str, str], results: dict) -> None:
    from bot import training
    from bot.directory import loader
    from bot.storage.tables import create_tables

    python = sys.executable
    print("Training this bot (into a temporary file, to time it)...", flush=True)
    timed_model = workdir / "carers-timed.tar.gz"
    started = time.perf_counter()
    training.train(timed_model, extra_env=NO_TRAINING_CACHE)
    train_seconds = round(time.perf_counter() - started, 1)
    database_url = f"sqlite:///{workdir / 'bench.db'}"
    create_tables(database_url)
    loader.sync(url=database_url)
    rasa_port, action_port = free_port(), free_port()
    bot_env = {**env, "DATABASE_URL": database_url, "ACTION_SERVER_URL": f"http://127.0.0.1:{action_port}/webhook",
               **processes.secrets_environment()}
    supervisor = processes.Supervisor(log_dir=workdir / "logs-carers")
    supervisor.start("action server", processes.action_server_command(action_port), bot_env,
                     f"http://127.0.0.1:{action_port}/health")
    supervisor.wait_ready(timeout=120)
    started = time.perf_counter()
    running = supervisor.start("rasa server", processes.rasa_server_command(timed_model, rasa_port),
                               bot_env, f"http://127.0.0.1:{rasa_port}/")
    supervisor.wait_ready(timeout=300)
    ready_seconds = round(time.perf_counter() - started, 1)
    try:
        target = Target("carers", f"http://127.0.0.1:{rasa_port}", CARER_MESSAGES, running.process.pid)
        results["carers"] = {**measure(target), "start_to_ready_s": ready_seconds, "training_s": train_seconds,
                             "tracker_store": "SQL (SQLite)", "python": python}
        for name, size in LONG_MESSAGE_SIZES.items():
            print(f"  carers: short messages beside a {name} message", flush=True)
            results["carers"][f"beside_{name}_message"] = beside_a_long_message(target, size)
        print("  carers: the same conversation in Portuguese, Spanish and Polish", flush=True)
        results["carers"]["other_languages"] = other_languages(target)
    finally:
        supervisor.stop()


LOWER_IS_BETTER = {"p50_ms_at_1", "p95_ms_at_1", "p50_ms_at_10", "p95_ms_at_10", "turn_1_ms", "turn_100_ms", "growth",
                   "rss_mb", "start_to_ready_s", "training_s"}


def table(results: dict) -> str:
    sample, carers = results["sample"], results["carers"]
    rows = [f"{'figure':28} {'this bot':>10} {'sample bot':>11} {'ratio':>7}"]
    for key in ("p50_ms_at_1", "p95_ms_at_1", "p50_ms_at_10", "p95_ms_at_10", "messages_per_second_at_10",
                "turn_1_ms", "turn_100_ms", "growth", "rss_mb", "start_to_ready_s", "training_s"):
        ratio = carers[key] / sample[key] if sample[key] else float("nan")
        rows.append(f"{key:28} {carers[key]:>10} {sample[key]:>11} {ratio:>7.2f}")
    return "\n".join(rows)


def run_staff_pages(workdir: Path, results: dict) -> None:
    """The staff app's list and search pages over 100,000 generated conversations."""
    from tools import staff_bench

    print("Generating 100,000 conversations for the staff app (about 10 minutes)...", flush=True)
    results["staff_pages"] = staff_bench.measure(f"sqlite:///{workdir / 'staff.db'}", log_dir=workdir / "logs-staff")


def targets(results: dict) -> dict[str, bool]:
    sample, carers = results["sample"], results["carers"]
    staff = results.get("staff_pages", {})
    return {
        "staff list and search pages within 300 ms at p95 (100,000 conversations)": bool(staff.get("within_target")),
        "p95 at 10 concurrent no worse than the sample bot": carers["p95_ms_at_10"] <= sample["p95_ms_at_10"],
        "throughput at 10 concurrent no worse than the sample bot":
            carers["messages_per_second_at_10"] >= sample["messages_per_second_at_10"],
        "turn 100 at most 1.5 times turn 1": carers["growth"] <= 1.5,
        "Rasa server under 1.5 GB resident": carers["rss_mb"] < 1536,
        **{f"short messages beside a {name} message: p95 within 3 times the usual p95 at 1":
           carers[f"beside_{name}_message"]["short_p95_ms"] <= 3 * carers["p95_ms_at_1"] for name in LONG_MESSAGE_SIZES},
    }


def main() -> int:
    env = processes.base_environment()
    results: dict = {"started": time.strftime("%Y-%m-%dT%H:%M:%S"), "machine": {"cpus": os.cpu_count()}}
    with tempfile.TemporaryDirectory(prefix="carers-bench-") as folder:
        workdir = Path(folder)
        run_sample_bot(workdir, env, results)
        run_this_bot(workdir, env, results)
        print("Language detection on its own (issue 15)...", flush=True)
        results["language_detection"] = language_detection_cost(env)
        run_staff_pages(workdir, results)
    results["ratios"] = {key: round(results["carers"][key] / results["sample"][key], 3)
                         for key in results["sample"] if isinstance(results["sample"][key], (int, float))
                         and results["sample"][key] and key in results["carers"]}
    results["targets"] = targets(results)
    REPORTS.mkdir(exist_ok=True)
    path = REPORTS / "bench.json"
    path.write_text(json.dumps(results, indent=2) + "\n")
    print()
    print(table(results))
    print()
    for name in LONG_MESSAGE_SIZES:
        beside = results["carers"][f"beside_{name}_message"]
        print(f"  short messages beside a {name} message ({beside['long_message_ms']:.0f} ms to answer it): "
              f"p50 {beside['short_p50_ms']} ms, p95 {beside['short_p95_ms']} ms over {beside['short_messages']}")
    for language, figures in results["carers"]["other_languages"].items():
        print(f"  {language} conversation, one at a time: p50 {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms")
    detection = results["language_detection"]
    print(f"  language detection: {detection['memory_mb']} MB, first call {detection['first_call_ms']} ms, "
          f"then median " + ", ".join(f"{name} {ms} ms" for name, ms in detection["median_ms"].items()))
    for page, figures in results["staff_pages"].get("pages", {}).items():
        print(f"  staff {page:10} p50 {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms")
    for page, figures in results["staff_pages"].get("openreferral", {}).items():
        print(f"  {page} p50 {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms")
    print()
    for name, met in results["targets"].items():
        print(f"  [{'met' if met else 'NOT MET'}] {name}")
    print(f"\nWritten to {path.relative_to(PROJECT_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
