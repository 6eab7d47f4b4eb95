"""Runs Rasa's own command line with the project's fixes for Rasa 3.6.21 applied first.

`python -m bot.rasa_server run ...` is `rasa run ...` plus these fixes (Rasa 3.6.21 is
the last open-source release, so they cannot go upstream):

- Action results are checked against their JSON schema with a validator compiled once.
  Rasa calls `jsonschema.validate` for every custom action, which re-checks the schema
  itself each time under the newest (slowest) draft: about 30% of this bot's server time
  under load before the fix (see README, Performance). The check itself is unchanged.
- The graph runner works out which components a prediction needs by walking the graph
  recursively on every message without remembering visited nodes, so shared
  dependencies are walked again and again (7% of server time). The walk below visits
  each node once and returns the same set of names.
- Understanding a message (spaCy, the classifiers, the crisis rules) runs in worker
  threads, not on the event loop, so one long message cannot hold up other carers; a
  long message is also read sentence by sentence (bot/nlu/sentences.py).
- The server listens on RASA_HOST (127.0.0.1 unless set), takes its API token from
  bot/tokens.py in code (never on the command line, where `ps` shows it), allows the
  widget origins in CORS_ORIGINS only, and caps request bodies.
- Logs carry no carer's words (bot/logs.py), and the start-up deprecation noise of
  Rasa's dependencies is filtered where it comes from.
"""
from __future__ import annotations

import asyncio
import copy
import functools
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from typing import Any, Optional

from bot.logs import quiet_start_up_warnings

quiet_start_up_warnings()  # before Rasa's imports, which raise most of them

from jsonschema import Draft7Validator, ValidationError  # noqa: E402
from rasa.core.actions.action import RemoteAction
from rasa.core.channels.channel import UserMessage
from rasa.core.processor import MessageProcessor
from rasa.engine.graph import GraphSchema
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.core.trackers import DialogueStateTracker

from bot import safety, settings, situations, tokens
from bot.channels.incoming import MAX_BODY_BYTES
from bot.logs import install_carer_safe_logging, scrub_structlog_event
from bot.nlu import sentences


@lru_cache(maxsize=1)
def _action_result_validator() -> Draft7Validator:
    schema = RemoteAction.action_response_format_spec()
    Draft7Validator.check_schema(schema)
    return Draft7Validator(schema)


def _validate_action_result(self: RemoteAction, result: dict) -> bool:
    try:
        _action_result_validator().validate(result)
        return True
    except ValidationError as error:
        error.message += (
            ". Failed to validate Action server response from API, make sure your response "
            f"from the Action endpoint is valid. For more information see {DOCS_BASE_URL}/custom-actions"
        )
        raise


def _all_dependencies_schema(self: GraphSchema, targets: list[str]) -> list[str]:
    required: list[str] = []
    seen: set[str] = set()
    pending = list(targets)
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        required.append(name)
        node = self.nodes.get(name)
        if node is not None:  # input placeholders are not nodes
            pending.extend(node.needs.values())
    return required


# A few threads, so that a long message being read leaves room for short ones beside it.
_UNDERSTANDING = ThreadPoolExecutor(max_workers=4, thread_name_prefix="understanding")


async def _parse_message_off_the_loop(self: MessageProcessor, message: UserMessage,
                                      tracker: Optional[DialogueStateTracker] = None,
                                      only_output_properties: bool = True) -> dict[str, Any]:
    """MessageProcessor.parse_message with the graph run in a worker thread."""
    if self.http_interpreter:
        parse_data = await self.http_interpreter.parse(message)
    else:
        if tracker is None:
            tracker = DialogueStateTracker.from_events(message.sender_id, [])
        parse_data = await asyncio.get_running_loop().run_in_executor(
            _UNDERSTANDING, _parse_with_windows, self, message, tracker, only_output_properties)
    self._update_full_retrieval_intent(parse_data)
    self._check_for_unseen_features(copy.copy(parse_data))
    return parse_data


def _parse_with_windows(processor: MessageProcessor, message: UserMessage, tracker: DialogueStateTracker,
                        only_output_properties: bool) -> dict[str, Any]:
    """The whole message, then a long one sentence by sentence (bot/nlu/sentences.py)."""
    parse_data = processor._parse_message_with_graph(message, tracker, only_output_properties)

    def parse_window(text: str) -> dict[str, Any]:
        window = UserMessage(text, sender_id=message.sender_id, input_channel=message.input_channel,
                             metadata={sentences.WINDOW_MARK: True})
        return processor._parse_message_with_graph(window, tracker, only_output_properties)

    return sentences.add_window_intents(parse_data, parse_window, frozenset(situations.SITUATION_BY_INTENT))


def _serve_with_project_settings(serve):
    # functools.wraps keeps serve_application's signature, which Rasa reads to decide
    # which arguments to pass (rasa.api.run: minimal_kwargs).
    @functools.wraps(serve)
    def serve_application(*args: Any, **kwargs: Any) -> None:
        config = settings.load()
        kwargs.update(
            interface=config.rasa_host,
            auth_token=tokens.rasa_api_token(),
            cors=list(config.cors_origins),
            enable_api=True,
        )
        return serve(*args, **kwargs)

    return serve_application


def apply_fixes() -> None:
    RemoteAction._validate_action_result = _validate_action_result
    GraphSchema._all_dependencies_schema = _all_dependencies_schema
    MessageProcessor.parse_message = _parse_message_off_the_loop
    safety.check_long_messages_in_a_worker_process()


def main() -> None:
    # Sanic reads SANIC_* settings from the environment when the app is made.
    os.environ["SANIC_REQUEST_MAX_SIZE"] = str(MAX_BODY_BYTES)
    apply_fixes()
    import rasa.core.run
    import rasa.utils.log_utils
    from rasa.__main__ import main as rasa_main

    rasa.core.run.serve_application = _serve_with_project_settings(rasa.core.run.serve_application)
    # Rasa's structured logger runs this hook first on every event (a Rasa Pro extension
    # point, empty in open source): here it keeps only what holds no carer's words.
    rasa.utils.log_utils._anonymizer = scrub_structlog_event
    _install_after_logging_is_configured()
    sys.argv[0] = "rasa"
    rasa_main()


def _install_after_logging_is_configured() -> None:
    """Rasa sets up its log handlers inside its own main(); the filter goes on them when
    the server starts, before any message arrives."""
    import rasa.core.run

    original = rasa.core.run.configure_app

    def configure_app(*args: Any, **kwargs: Any):
        app = original(*args, **kwargs)
        app.register_listener(lambda _app, _loop: _before_start(), "before_server_start")
        install_carer_safe_logging()
        return app

    rasa.core.run.configure_app = configure_app


def _before_start() -> None:
    # Before the model loads (a later listener): the filters again, as the server's start
    # has reset them, and the log filter on the handlers Rasa has made by now.
    quiet_start_up_warnings()
    install_carer_safe_logging()


if __name__ == "__main__":
    main()
