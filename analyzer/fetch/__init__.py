"""Fetching written questions and their answers from the parliaments' open data.

- :mod:`.refs`: references (``tk:2024Z18294``, ``tk:ah-tk-20242025-609``, ``vp:2022-2023/785``);
- :mod:`.http`: the polite HTTP client (httpx, the ``analyzer[fetch]`` extra);
- :mod:`.tk`, :mod:`.vp`: the Tweede Kamer OData service and the Vlaams Parlement APIs;
- :mod:`.cache`: the local cache, so re-analysis works offline;
- :mod:`.service`: the cache in front of the services.

This package's ``__init__`` imports nothing: the network library is loaded only by
:mod:`.http`, when something is fetched.
"""
