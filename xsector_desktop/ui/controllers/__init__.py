"""GUI-free controllers: every user action goes through here to the store and core.

Nothing in this package imports Qt, so each flow can be tested without a display and the widgets
stay thin: they show a state object and call one method per user intent.
"""
