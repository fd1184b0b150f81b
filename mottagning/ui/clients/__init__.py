"""The client register: search, the list, the client's page and form."""
