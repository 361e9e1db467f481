"""The actor an outlet itself is (belarus_analysis.extract.actors.outlet_actor)."""

from __future__ import annotations

from belarus_analysis.extract.actors import outlet_actor


def test_a_joint_byline_gives_the_first_publisher_that_is_an_actor():
    assert outlet_actor({"outlet": "EEAS / Council of the EU (Declaration on behalf of the EU)"}) == "eeas"
    assert outlet_actor({"outlet": "Molvanian Herald / EEAS"}) == "eeas"


def test_a_joint_byline_of_media_or_unknown_names_is_no_actor():
    assert outlet_actor({"outlet": "Reuters / AFP"}) is None
    assert outlet_actor({"outlet": "Molvanian Herald / Ruritanian Times"}) is None
