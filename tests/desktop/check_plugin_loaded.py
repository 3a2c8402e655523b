# Startup script for the real QGIS desktop (qgis --code): reports what the PlaceGap plugin
# registered to the JSON file named by PLACEGAP_TEST_RESULT, runs one algorithm, then quits.
import json
import os

from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface


def check():
    result = {}
    try:
        registry = QgsApplication.processingRegistry()
        provider = registry.providerById("placegap")
        result["provider"] = provider is not None
        result["long_name"] = provider.longName() if provider else ""
        result["algorithms"] = sorted(a.id() for a in provider.algorithms()) if provider else []
        result["menus"] = {
            action.text(): [sub.text() for sub in action.menu().actions()]
            for action in iface.pluginMenu().actions()
            if action.menu() is not None
        }
        # The algorithm runs inside the desktop application too.
        algorithm = registry.createAlgorithmById("placegap:deprivationquantiles")
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        parameters = {
            "INPUT": os.environ["PLACEGAP_TEST_INPUT"],
            "RANK_FIELD": "simd_rank",
            "METHOD": 0,
            "OUTPUT": "TEMPORARY_OUTPUT",
        }
        outputs, ok = algorithm.run(parameters, context, QgsProcessingFeedback())
        result["run_ok"] = bool(ok)
        layer = context.getMapLayer(outputs["OUTPUT"]) if ok else None
        result["run_features"] = layer.featureCount() if layer else -1
    except Exception as error:  # reported to the test, which fails on it
        result["error"] = repr(error)
    with open(os.environ["PLACEGAP_TEST_RESULT"], "w") as handle:
        json.dump(result, handle)
    iface.actionExit().trigger()


QTimer.singleShot(0, check)
