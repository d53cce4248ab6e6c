"""Analyses of the partnership network, under the name users and ``kg.plot`` import them by:
everything here lives in ``kg.network.analysis`` (what is analysed) and
``kg.network.algorithms`` (what is measured, with networkx)."""
from .network.algorithms import (  # noqa: F401
    BETWEENNESS_BUDGET,
    BETWEENNESS_MIN_SAMPLE,
    COUNCIL,
    DEFAULT_SEED,
    EXACT_BETWEENNESS_LIMIT,
    HEALTH,
    LARGE_NETWORK,
    SAMPLED_BETWEENNESS_BUDGET,
    articulation_points,
    betweenness,
    bridges,
    common_to_reports,
    communities,
    community_method,
    degrees,
    health_council_bridges,
    pagerank,
    without_national_bodies,
)
from .network.analysis import (  # noqa: F401
    Analysis,
    BodyScore,
    Hop,
    Neighbour,
    Neighbourhood,
    Tie,
    analyse,
    analyse_network,
    find_body,
    neighbourhood,
    path_between,
    short_name,
)
