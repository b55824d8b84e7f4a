"""The room: presenting to a projector (audience window, control strip), blanking, the timer."""
