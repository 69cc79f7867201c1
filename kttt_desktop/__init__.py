"""KTTT Desktop: the commune's register of the collective economy.

The version is defined here once; packaging and the installers read it from here.
"""

__version__ = "0.1.0"
