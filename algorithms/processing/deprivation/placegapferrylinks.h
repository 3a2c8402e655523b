/***************************************************************************
  placegapferrylinks.h - areas joined by ferry routes, for island-aware spatial weights
 ***************************************************************************/
#ifndef PLACEGAPFERRYLINKS_H
#define PLACEGAPFERRYLINKS_H

#include "qgscoordinatereferencesystem.h"
#include "qgsgeometry.h"

#include <QStringList>

#include <utility>
#include <vector>

class QgsFeatureSource;
class QgsProcessingContext;
class QgsProcessingFeedback;

/**
 * Which areas a ferry joins. Each terminal (a point with a stop code) belongs to the area that
 * holds it, or else to the nearest area within a distance (piers often lie just off a generalised
 * coastline); each pair of stops that a row of the timetable (or a table of crossings) sails
 * between joins the two terminals' areas, and so do any two terminals that name the same service
 * (which joins islands whose timetable is not published).
 */
class PlaceGapFerryLinks
{
  public:
    struct Fields
    {
        QString terminalCode;
        QString from;
        QString to;
        QString services; //!< optional field of the terminals: the services calling there, ";"-separated
    };

    //! Pairs of area positions (index into the areas given), each once, smaller first.
    std::vector<std::pair<int, int>> links;
    int terminals = 0;           //!< terminals read with a code or a service
    int services = 0;            //!< services named by the terminals
    QStringList withoutArea;     //!< codes of terminals with no area within the distance
    int routes = 0;              //!< distinct pairs of stops in the timetable
    QStringList unknownStops;    //!< timetable stops that are no terminal's code
    int routesWithinOneArea = 0; //!< routes whose two ends lie in the same area

    /**
     * Finds the links. areas are the usable areas' geometries in metricCrs (metres), in the order
     * the weights use; maxDistance is in metres. timetable may be null (services only). Terminals
     * with neither code nor service, and timetable rows without codes, are skipped; a terminal code
     * given twice throws, naming it.
     */
    static PlaceGapFerryLinks find( QgsFeatureSource &terminals, QgsFeatureSource *timetable, const Fields &fields, const std::vector<QgsGeometry> &areas,
                                    const QgsCoordinateReferenceSystem &metricCrs, double maxDistance, QgsProcessingContext &context, QgsProcessingFeedback *feedback );
};

#endif // PLACEGAPFERRYLINKS_H
