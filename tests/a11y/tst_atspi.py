#!/usr/bin/python3
"""The running app as a Linux screen reader meets it: through AT-SPI, on the accessibility bus
of the private D-Bus session the test runs in (scripts/with-keyring), in a real X server (Xvfb).

Starts `keycard-admin --demo` with Qt's AT-SPI bridge on and finds, by role and name, the
organization picker with its label, both tables with their column headers, both filter boxes,
and the toolbar's main buttons. Usage: tst_atspi.py <keycard-admin binary>
"""
import os
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

TIMEOUT_S = 60
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)
    else:
        print("PASS:", message)


def wait_for(what, find):
    """Polls find() until it returns something (the UI fills in asynchronously)."""
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        found = find()
        if found:
            return found
        time.sleep(0.1)
    raise SystemExit(f"FAIL: timed out waiting for {what}")


def children(node):
    for i in range(node.get_child_count()):
        child = node.get_child_at_index(i)
        if child is not None:
            yield child


def descendants(node, depth=0):
    """Every node below `node`, not descending into tables' cells or lists' items."""
    for child in children(node):
        yield child
        if depth < 25 and child.get_role() not in (Atspi.Role.TABLE, Atspi.Role.LIST):
            yield from descendants(child, depth + 1)


def find(root, role, name):
    for node in descendants(root):
        if node.get_role() == role and node.get_name() == name:
            return node
    return None


def application(pid):
    desktop = Atspi.get_desktop(0)
    for app in children(desktop):
        if app.get_process_id() == pid:
            return app
    return None


def labels_of(node):
    names = []
    for relation in node.get_relation_set():
        if relation.get_relation_type() == Atspi.RelationType.LABELLED_BY:
            for i in range(relation.get_n_targets()):
                names.append(relation.get_target(i).get_name())
    return names


def column_headers(table):
    """The table's column headers through the AT-SPI Table interface."""
    headers = []
    for column in range(table.get_n_columns()):
        header = table.get_column_header(column)
        headers.append(header.get_name() if header is not None else "")
    return headers


def main():
    binary = sys.argv[1]
    # Ask for the accessibility bus first: that starts it (and its registry) in this session.
    Atspi.init()
    Atspi.get_desktop(0)
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb",
               LANGUAGE="en", LC_ALL="C.UTF-8")
    app_process = subprocess.Popen([binary, "--demo"], env=env)
    try:
        app = wait_for("the app on the accessibility bus", lambda: application(app_process.pid))
        check(app.get_name() == "Keycard Admin", f"application is named {app.get_name()!r}")

        accounts = wait_for("the service accounts table",
                            lambda: find(app, Atspi.Role.TABLE, "Service accounts"))
        check(column_headers(accounts) == ["Name", "Description", "Created", "Updated",
                                              "Credentials", "Oldest credential"],
              f"service accounts table headers {column_headers(accounts)}")
        credentials = find(app, Atspi.Role.TABLE, "Credentials")
        check(credentials is not None, "a table named 'Credentials'")
        if credentials is not None:
            check(column_headers(credentials) ==
                  ["Name", "Client ID", "Created", "Last used", "Secret", "Age", "Hygiene"],
                  f"credentials table headers {column_headers(credentials)}")

        for name in ("Filter service accounts", "Filter credentials"):
            edit = find(app, Atspi.Role.TEXT, name) or find(app, Atspi.Role.ENTRY, name)
            check(edit is not None, f"a text box named {name!r}")

        pickers = [node for node in descendants(app) if node.get_role() == Atspi.Role.COMBO_BOX]
        check(any("Organization:" in labels_of(p) for p in pickers),
              "a combo box labelled 'Organization:' "
              f"(combo boxes labelled {[labels_of(p) for p in pickers]})")

        for name in ("Refresh", "New Service Account…", "New Credential…", "Edit…", "Delete…"):
            check(find(app, Atspi.Role.PUSH_BUTTON, name) is not None,
                  f"a push button named {name!r}")
    finally:
        app_process.terminate()
        app_process.wait(timeout=30)
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
