"""Colour palettes shared by the .qml styles (make_styles.py) and the style library
(make_style_library.py)."""

# Viridis classes of the deprivation styles, class 1 (most deprived) first; class 1 is also
# outlined in MOST_DEPRIVED_OUTLINE.
DEPRIVATION_QUINTILES = ["#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"]
DEPRIVATION_DECILES = ["#440154", "#482878", "#3e4989", "#31688e", "#26828e", "#1f9e89", "#35b779", "#6ece58", "#b5de2b", "#fde725"]
MOST_DEPRIVED_OUTLINE = "#b2182b"

# Joshua Stevens' pink-teal 3x3 bivariate scheme (colour-blind safe): pink grows with
# deprivation, teal with attainment.
STEVENS = [  # [deprivation step 0..2 (least -> most deprived)][attainment step 0..2 (low -> high)]
    ["#e8e8e8", "#b0d5df", "#64acbe"],
    ["#e4acac", "#ad9ea5", "#627f8c"],
    ["#c85a5a", "#985356", "#574249"],
]

LISA = [
    (1, "High-High", "#ff0000"),
    (3, "Low-Low", "#0000ff"),
    (2, "Low-High", "#a7adf9"),
    (4, "High-Low", "#f4ada8"),
    (0, "Not significant", "#eeeeee"),
    (5, "No neighbours", "#464646", {"brush": "b_diagonal", "outline": "#464646"}),
]
FLAGS = [
    ("below expectation", "below expectation", "#d6604d"),
    ("as expected", "as expected", "#f0f0f0"),
    ("above expectation", "above expectation", "#4393c3"),
    # A suppressed or banded value whose interval allows more than one flag: hatched, never a class colour.
    ("not known", "not known: suppressed or banded, either way", "#762a83", {"brush": "b_diagonal", "outline": "#762a83"}),
]
BANDS = [
    (0, 5, "0 - 5 min", "#0c2c84"),
    (5, 10, "5 - 10 min", "#225ea8"),
    (10, 15, "10 - 15 min", "#1d91c0"),
    (15, 30, "15 - 30 min", "#41b6c4"),
    (30, 60, "30 - 60 min", "#a1dab4"),
    (60, 100000, "60+ min", "#ffffcc"),
]
SHARE = [
    (0, 10, "under 10% in quintile 1", "#fde725"),
    (10, 20, "10 - 20%", "#5ec962"),
    (20, 40, "20 - 40%", "#21918c"),
    (40, 60, "40 - 60%", "#3b528b"),
    (60, 100, "60% or more in quintile 1 (most deprived)", "#440154"),
]
UR8 = [
    "Large Urban Areas", "Other Urban Areas", "Accessible Small Towns", "Remote Small Towns",
    "Very Remote Small Towns", "Accessible Rural Areas", "Remote Rural Areas", "Very Remote Rural Areas",
]
UR8_COLOURS = ["#8c2d04", "#d94801", "#fd8d3c", "#fdbe85", "#feedde", "#c7e9c0", "#74c476", "#238b45"]
UR6 = ["Large Urban Areas", "Other Urban Areas", "Accessible Small Towns", "Remote Small Towns", "Accessible Rural Areas", "Remote Rural Areas"]
UR6_COLOURS = ["#8c2d04", "#d94801", "#fd8d3c", "#fdbe85", "#c7e9c0", "#238b45"]
UR3 = ["Rest of Scotland", "Accessible Rural", "Remote Rural"]
UR3_COLOURS = ["#d94801", "#c7e9c0", "#238b45"]
UR2 = ["Urban Areas", "Rural Areas"]
UR2_COLOURS = ["#d94801", "#74c476"]
# Services within a travel-time threshold: none in reach stands out in red.
COUNTS = [
    (0, 0, "none in reach", "#d7301f"),
    (1, 1, "1", "#c6dbef"),
    (2, 2, "2", "#9ecae1"),
    (3, 4, "3 - 4", "#6baed6"),
    (5, 9, "5 - 9", "#2171b5"),
    (10, 1000000, "10 or more", "#08306b"),
]
# 2SFCA access scores: classes are recomputed from the data on load (quantiles), coloured along
# this ramp from least (light) to most (dark) access.
ACCESS_RAMP = ("#fff7ec", "#7f0000")
ISLAND = [
    (0, "Mainland", "#d9d9d9"),
    (1, "Island", "#e6550d"),
]

# Degree of Urbanisation: areas (level 1) and the grid's GHS-SMOD level 2 classes and colours.
DEGURBA = ["Cities", "Towns and semi-dense areas", "Rural areas"]
DEGURBA_COLOURS = ["#d7301f", "#fdae61", "#66bd63"]
SMOD = [
    (30, "Urban centre", "#ff0000"),
    (23, "Dense urban cluster", "#732600"),
    (22, "Semi-dense urban cluster", "#a87000"),
    (21, "Suburban or peri-urban", "#ffff00"),
    (13, "Rural cluster", "#375623"),
    (12, "Low density rural", "#abcd66"),
    (11, "Very low density rural", "#cdf57a"),
]
