# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Processing provider and algorithms: thin shells that validate input, call the core and write outputs."""
