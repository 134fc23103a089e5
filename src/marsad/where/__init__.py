"""Where: a gazetteer of countries, regions and cities with Arabic names, and toponym resolution.

:func:`marsad.where.stage.find_places` geolocates the place names of a tokenised document;
:class:`marsad.where.stage.WhereStage` fills ``doc.places``.
"""
