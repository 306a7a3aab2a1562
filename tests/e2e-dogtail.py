#!/usr/bin/python3
"""A new user's first minutes, driven through the accessibility tree: the Thai welcome page,
the demo network, and the groups it holds."""
import gettext
import os
import sqlite3
import sys
import time

from dogtail import config
from dogtail.tree import root
from dogtail.predicate import GenericPredicate

config.searchCutoffCount = 40
config.defaultDelay = 0.2

th = gettext.translation("sajja", os.environ["SAJJA_LOCALEDIR"], languages=["th"])
_ = th.gettext


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


app = None
for _attempt in range(60):
    try:
        app = root.application("sajja")
        break
    except Exception:
        time.sleep(0.5)
if app is None:
    fail("the app did not appear on the accessibility bus")

# The window is in Thai, and empty books offer the demo network.
welcome = _("Welcome to Sajja")
if welcome == "Welcome to Sajja":
    fail("no Thai translation for the welcome title")
app.child(name=welcome, roleName="label")
demo_label = _("Open the _Demo Network").replace("_", "")
# GTK 4.8 names a button with a mnemonic "_label label": match the end.
button = app.findChild(lambda n: n.roleName == "push button" and n.name.endswith(demo_label),
                       retry=True)
button.doActionNamed("click")

# The demo is made off the main thread; then the groups list shows its eight groups.
expected = "กลุ่มออมทรัพย์เพื่อการผลิตบ้านท่าข้าม"
found = None
for _attempt in range(40):
    found = app.findChild(GenericPredicate(name=expected, roleName="label"), retry=False,
                          requireResult=False)
    if found is not None:
        break
    time.sleep(0.5)
if found is None:
    fail("the demo network's groups did not appear")

demo_db = os.path.join(os.environ["XDG_DATA_HOME"], "sajja", "demo-network.db")
with sqlite3.connect(demo_db) as db:
    n = db.execute("select count(*) from groups").fetchone()[0]
if n != 8:
    fail(f"the demo network has {n} groups, not 8")

print("PASS: welcome page in Thai, demo network opened, 8 groups listed")
