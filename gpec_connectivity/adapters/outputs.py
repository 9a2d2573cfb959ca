# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""All or nothing: outputs are written beside their destinations and moved into place only when every one of them
has been written, so a run that fails or is cancelled half-way leaves no output behind and overwrites nothing."""

import os
import shutil
import tempfile


class StagedOutputs:
    """A set of output files (and folders) written first to hidden staging folders.

    Use as a context manager: ``path(destination)`` gives the file to write instead of ``destination``;
    ``commit()`` moves every staged output to its destination; leaving the block (committed or not) removes what
    is left of the staging folders.

    Examples
    --------
    >>> import os, tempfile
    >>> out = os.path.join(tempfile.mkdtemp(), "a.txt")
    >>> with StagedOutputs() as stage:
    ...     _ = open(stage.path(out), "w").write("x")
    ...     os.path.exists(out)
    ...     stage.commit()
    False
    >>> os.path.exists(out)
    True
    """

    def __init__(self):
        self._staged = []  # (staging folder, destination, is_folder)

    def _stage(self, destination, is_folder):
        parent = os.path.dirname(os.path.abspath(destination))
        os.makedirs(parent, exist_ok=True)
        folder = tempfile.mkdtemp(prefix=".gpec-partial-", dir=parent)
        self._staged.append((folder, destination, is_folder))
        return folder

    def path(self, destination):
        """Where to write the file that will become ``destination`` (same name, so drivers pick the format)."""
        if not destination:
            return destination
        return os.path.join(self._stage(destination, False), os.path.basename(destination))

    def folder(self, destination):
        """A folder whose files will be moved into the folder ``destination`` (created if need be)."""
        return self._stage(destination, True)

    def commit(self):
        """Move every staged output into place (side files such as ``.aux.xml`` go with their raster)."""
        for folder, destination, is_folder in self._staged:
            target = destination if is_folder else os.path.dirname(os.path.abspath(destination))
            os.makedirs(target, exist_ok=True)
            for name in sorted(os.listdir(folder)):
                final = os.path.join(target, name)
                if os.path.isdir(final) and not os.path.islink(final):
                    shutil.rmtree(final)
                os.replace(os.path.join(folder, name), final)

    def discard(self):
        for folder, _, _ in self._staged:
            shutil.rmtree(folder, ignore_errors=True)
        self._staged = []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.discard()
        return False
