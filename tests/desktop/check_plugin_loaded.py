# Startup script for the real QGIS desktop (qgis --code): reports what the PlaceGap plugin
# registered to the JSON file named by PLACEGAP_TEST_RESULT, runs one algorithm, opens the first
# sample project through Plugins > PlaceGap > Sample Projects…, then quits.
import json
import os

from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QListWidget, QWidget
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
        result["wide_dialogs"] = wide_dialogs(provider)
        open_sample_project(result)
    except Exception as error:  # reported to the test, which fails on it
        result["error"] = repr(error)
    finish(result, 0)


def finish(result, waited):
    """Once the project's loading task and the map canvas are done (at most a minute), records
    how many colours the canvas shows, writes the result and quits."""
    canvas = iface.mapCanvas()
    if (QgsApplication.taskManager().countActiveTasks() > 0 or canvas.isDrawing()) and waited < 240:
        QTimer.singleShot(250, lambda: finish(result, waited + 1))
        return
    try:
        image = canvas.grab().toImage()
        result["sample_canvas_colours"] = len({image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)})
    except Exception as error:
        result["error"] = repr(error)
    with open(os.environ["PLACEGAP_TEST_RESULT"], "w") as handle:
        json.dump(result, handle)
    # Quit without QGIS asking whether to save the opened project or to drop the algorithm's
    # temporary output.
    QgsProject.instance().clear()
    iface.actionExit().trigger()


def wide_dialogs(provider):
    """Opens every PlaceGap algorithm's dialog as the toolbox does, 1,000 px wide, and names those
    whose parameters need a horizontal scroll bar, with the widest of their widgets."""
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.gui import QgsCollapsibleGroupBoxBasic
    from qgis.PyQt.QtWidgets import QScrollArea

    wide = []
    for algorithm in provider.algorithms():
        dialog = AlgorithmDialog(algorithm.create(), parent=iface.mainWindow())
        dialog.resize(1000, 700)
        dialog.show()
        # The advanced parameters too, as a user who opens them sees them.
        for group in dialog.findChildren(QgsCollapsibleGroupBoxBasic):
            group.setCollapsed(False)
        QApplication.processEvents()
        for area in dialog.findChildren(QScrollArea):
            bar = area.horizontalScrollBar()
            if area.isVisible() and bar.maximum() > 0:
                widest = max((w for w in area.widget().findChildren(QWidget) if w.isVisible()), key=lambda w: w.minimumSizeHint().width())
                wide.append("%s: %d px too wide (%s %d px: %s)" % (algorithm.id(), bar.maximum(), widest.metaObject().className(), widest.minimumSizeHint().width(), (getattr(widest, "text", None) or getattr(widest, "currentText", lambda: "")  )()[:90]))
        dialog.close()
        dialog.deleteLater()
    return wide


def open_sample_project(result):
    """Chooses the first project in the menu's dialog, as a user pressing Open would; any other
    dialog that appears on the way (a warning, a question) is recorded and closed."""
    chooser = {"items": [], "other_dialogs": []}

    def answer_dialogs():
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.objectName() == "PlaceGapSampleProjectsDialog":
            projects = dialog.findChild(QListWidget)
            chooser["items"] = [projects.item(i).text() for i in range(projects.count())]
            dialog.accept()
        elif dialog is not None:
            text = dialog.text() if hasattr(dialog, "text") else ""
            chooser["other_dialogs"].append("%s: %s" % (dialog.metaObject().className(), text))
            dialog.reject()

    menu = [a.menu() for a in iface.pluginMenu().actions() if a.menu() is not None and a.text() == "&PlaceGap"]
    action = [a for a in menu[0].actions() if a.text() == "Sample Projects…"][0]
    timer = QTimer()
    timer.timeout.connect(answer_dialogs)
    timer.start(250)
    action.trigger()
    timer.stop()
    project = QgsProject.instance()
    result["sample_choices"] = chooser["items"]
    result["sample_other_dialogs"] = chooser["other_dialogs"]
    result["sample_project"] = project.fileName()
    result["sample_dirty_after_opening"] = project.isDirty()
    result["sample_layers"] = len(project.mapLayers())
    result["sample_invalid_layers"] = sorted(l.name() for l in project.mapLayers().values() if not l.isValid())


QTimer.singleShot(0, check)
