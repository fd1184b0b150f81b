"""Use cases in plain Python: they take repositories and a Clock, enforce
permissions, write the access log and return models."""
