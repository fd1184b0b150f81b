"""Everything that touches disk: the SQLCipher database (the only importer of
sqlcipher3), key slots, migrations, repositories and small local state files."""
