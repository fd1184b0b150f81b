"""The calendar: the day and week view of one counselor, one room or the
whole clinic; booking; and one visit's details and status.

page.py puts the toolbar (toolbar.py) above the view (week_view.py: the
painted grid.py under header.py). What is shown is read from the services in
one go (snapshot.py), placed on a board (board.py, layout.py), turned into
pixels (geometry.py) and painted (painting.py, colours.py); selection.py moves
the keyboard's selection. Changes to a visit go through visit_actions.py,
which asks what a change may need (questions.py, changes.py). booking_dialog.py
and appointment_dialog.py are the two dialogs.
"""
