"""Schemathesis hooks for the API fuzz run (loaded through SCHEMATHESIS_HOOKS)."""

import os

import schemathesis

# The signed-in staff member. The fuzzer finds staff ids in answers and may reset passwords,
# deactivate or demote whoever it finds (owners may); doing it to itself would end its own session
# and leave the rest of the run answered 401/403, so it leaves itself alone.
SELF_ID = os.environ.get("BEACON_FUZZ_STAFF_ID", "")


@schemathesis.hook
def filter_path_parameters(context, path_parameters):
    operation = context.operation
    if operation is None or not operation.path.startswith("/api/staff/{id}"):
        return True
    return (path_parameters or {}).get("id") != SELF_ID
