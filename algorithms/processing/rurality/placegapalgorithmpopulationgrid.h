/***************************************************************************
  placegapalgorithmpopulationgrid.h - placegap:populationgrid
 ***************************************************************************/
#ifndef PLACEGAPALGORITHMPOPULATIONGRID_H
#define PLACEGAPALGORITHMPOPULATIONGRID_H

#include "placegapruralityalgorithm.h"

#include "qgscoordinatereferencesystem.h"
#include "qgsgeometry.h"
#include "qgsrectangle.h"

#include <vector>

class PlaceGapFeatureWarnings;
class QgsProcessingFeatureSource;

/**
 * A population grid made from areas with a population (data zones, output areas): each area's
 * people spread evenly over its area and summed per square cell, for methods defined on a grid
 * such as the Degree of Urbanisation when no census grid is at hand.
 */
class PlaceGapPopulationGridAlgorithm : public PlaceGapRuralityAlgorithm
{
  public:
    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    QString shortDescription() const override;
    PlaceGapPopulationGridAlgorithm *createInstance() const override;
    bool checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message = nullptr ) const override;

  protected:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    //! Why the areas cannot be used, or empty.
    QString inputProblem( const QVariantMap &parameters, QgsProcessingContext &context ) const;

    //! An area that spreads its people: its polygon (repaired when invalid) and population.
    struct Area
    {
        QgsGeometry geometry;
        double population = 0;
    };
    //! The areas that have both a polygon and a population, the others warned about; extent grows to cover them; empty when canceled.
    static std::vector<Area> readAreas( QgsProcessingFeatureSource &source, const QString &populationField, QgsProcessingFeedback *feedback, PlaceGapFeatureWarnings &warnings, QgsRectangle &extent );
    //! Writes people (row by row from the top) as a one-band Float64 GeoTIFF.
    static void writeGrid( const QString &outputFile, const std::vector<double> &people, int columns, int rows, const QgsRectangle &extent, const QgsCoordinateReferenceSystem &crs );
};

#endif // PLACEGAPALGORITHMPOPULATIONGRID_H
