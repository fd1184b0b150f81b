"""The calendar: the day, week and month view of one counselor, one room or
the whole clinic; booking; and one visit's details and status.

page.py puts the toolbar (toolbar.py) above the view (week_view.py: the
painted grid.py under header.py; or month_view.py) and a notice of what was
just done (notice.py). What the day and week show is read from the services
in one go (snapshot.py), placed on a board (board.py, layout.py), turned into
pixels (geometry.py) and painted (painting.py, colours.py); selection.py
moves the keyboard's selection. The month reads only what its cells show
(month_snapshot.py). Changes to a visit go through visit_actions.py, which
asks what a change may need (questions.py, changes.py). booking_dialog.py
(with fields.py, repeat.py, series_preview.py and free_time.py) and
appointment_dialog.py are the two dialogs.
"""
