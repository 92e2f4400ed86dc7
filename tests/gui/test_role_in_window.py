"""The window on a server register disables what the person's role may not do, and says why: a
reader's window only reads (Save off, a bar that says so); an editor's Approve, Establish version
and Publish are off with the reason in their tooltip; an approver's are on."""

from __future__ import annotations

import uuid

import pytest
from form_helpers import select_row, type_text
from sqlalchemy import text
from sqlalchemy.engine import make_url

from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.publications_dialog import PublicationsDialog
from ropa_desktop.gui.workspace import Workspace
from ropa_desktop.register import approval, kinds, roles
from ropa_desktop.register.storage import open_register

pytestmark = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)


@pytest.fixture
def window_as(qtbot, demo_register, settings, answers, english, postgres_server):
    """``window_as(role)``: a window on the demo register (on the server) connected as a new login
    role holding ``role``. The login and the register's groups are dropped afterwards."""
    made: list[tuple] = []

    def open_as(role: str) -> MainWindow:
        user = f"t_gui_{uuid.uuid4().hex[:10]}"
        with postgres_server.server._admin.connect() as conn:
            conn.execute(text(f'CREATE ROLE "{user}" LOGIN'))
        with demo_register.engine.begin() as conn:
            roles.grant(conn, user, role)
        register = open_register(_url_as(demo_register, user))
        window = MainWindow(Workspace(register), settings)
        qtbot.addWidget(window)
        window.show()
        made.append((window, register, user))
        return window

    yield open_as
    for window, register, _user in made:
        window.stop_jobs()
        register.close()
    database = make_url(str(demo_register.engine.url)).database
    with demo_register.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        groups = [roles.group_name(database, role) for role in reversed(roles.ROLES)]
        conn.execute(text(f'REASSIGN OWNED BY "{groups[0]}" TO postgres'))
        for name in groups:
            conn.execute(text(f'DROP OWNED BY "{name}"'))
        for _window, _register, user in made:
            conn.execute(text(f'DROP ROLE "{user}"'))
        for name in groups:
            conn.execute(text(f'DROP ROLE "{name}"'))


def _url_as(register, user: str) -> str:
    return register.engine.url.set(username=user).render_as_string(hide_password=False)


def test_a_readers_window_cannot_save_and_the_bar_says_why(window_as):
    window = window_as(roles.READER)
    login = window.workspace.register.permissions.login
    assert window.role_banner.isVisible()
    assert window.role_banner.text.text() == (
        f"You are connected as \u2018{login}\u2019, who may read this register but not change it (role reader)."
    )
    assert window.location.text().endswith(" (read-only)")
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Job applications")
    type_text(page.editor.form.fields["owner"], "Sales")
    assert page.editor.is_dirty() and not page.editor.save_button.isEnabled()
    assert not window.import_action.isEnabled()
    window.version_actions.refresh()
    assert not window.version_actions.establish_action.isEnabled()
    assert window.version_actions.establish_action.toolTip() == window.role_banner.text.text()
    # Nothing that would change the register is offered, in the list's toolbar or the Item menu.
    for control in (page.add_action, page.duplicate_action, page.delete_action, page.up_action, page.status_button):
        assert not control.isEnabled()
        assert "read-only" in control.toolTip()
    for key in ("add_item", "delete_item", "duplicate_item", "move_up"):
        assert not window.item_actions[key].isEnabled()
    assert window.item_actions["focus_search"].isEnabled()


def test_an_editors_window_saves_but_approve_establish_and_publish_are_off_with_the_reason(window_as):
    window = window_as(roles.EDITOR)
    page = window.page_of[kinds.ACTIVITY]
    assert page.add_action.isEnabled() and page.delete_action.isEnabled()  # near miss: an editor adds and deletes
    assert window.item_actions["add_item"].isEnabled()
    assert not window.role_banner.isVisible()  # near miss: an editor's window is no read-only window
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Job applications")
    type_text(page.editor.form.fields["owner"], "Sales")
    assert page.editor.save_button.isEnabled()
    page.editor.save()
    assert not page.editor.is_dirty()
    page.approval.menu.aboutToShow.emit()
    approve = page.approval.actions[approval.APPROVE]
    login = window.workspace.register.permissions.login
    reason = (
        f"You are connected as \u2018{login}\u2019 (role editor): only an approver or admin may approve "
        f"activities, establish a version or publish the statement."
    )
    assert page.approval.actions[approval.SUBMIT].isEnabled()  # near miss: an editor submits
    page.approval.actions[approval.SUBMIT].trigger()
    page.approval.menu.aboutToShow.emit()
    assert not approve.isEnabled() and approve.toolTip() == reason and approve.statusTip() == reason
    window.version_actions.refresh()
    assert not window.version_actions.establish_action.isEnabled()
    assert window.version_actions.establish_action.toolTip() == reason
    dialog = PublicationsDialog(window.workspace, "nl", window)
    assert not dialog.publish_button.isEnabled() and dialog.publish_button.toolTip() == reason
    dialog.close()


def test_an_approvers_window_may_approve_and_establish(window_as):
    window = window_as(roles.APPROVER)
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Job applications")
    page.approval.actions[approval.SUBMIT].trigger()
    page.approval.menu.aboutToShow.emit()
    assert page.approval.actions[approval.APPROVE].isEnabled()
    window.version_actions.refresh()
    assert window.version_actions.establish_action.isEnabled()
    dialog = PublicationsDialog(window.workspace, "nl", window)
    assert dialog.publish_button.isEnabled()
    dialog.close()
