"""The walk-through's views: each shows a controller's state and sends intents back to it."""
