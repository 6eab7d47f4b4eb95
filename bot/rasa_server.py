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
"""
from __future__ import annotations

import sys
from functools import lru_cache

from jsonschema import Draft7Validator, ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.engine.graph import GraphSchema
from rasa.shared.constants import DOCS_BASE_URL


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


def apply_fixes() -> None:
    RemoteAction._validate_action_result = _validate_action_result
    GraphSchema._all_dependencies_schema = _all_dependencies_schema


def main() -> None:
    apply_fixes()
    from rasa.__main__ import main as rasa_main

    sys.argv[0] = "rasa"
    rasa_main()


if __name__ == "__main__":
    main()
