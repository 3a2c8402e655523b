/***************************************************************************
  placegapalgorithm.h - what every PlaceGap algorithm shares: help, icon, provenance
 ***************************************************************************/
#ifndef PLACEGAPALGORITHM_H
#define PLACEGAPALGORITHM_H

#include "qgsprocessingalgorithm.h"
#include "qgsprocessingparameters.h"

#include <memory>

/**
 * The root of every PlaceGap algorithm (the family bases derive from it): the help link to the
 * README heading of the algorithm's id, the icon, and the provenance recorded in every output
 * (placegapprovenance) once the run's sinks are closed.
 */
class PlaceGapAlgorithm : public QgsProcessingAlgorithm
{
  public:
    //! Opens the algorithm's heading on its family's page in docs/.
    QString helpUrl() const override;
    QIcon icon() const override;
    QString svgIconPath() const override;

    //! A parameter of any algorithm as messages name it (see named()), for helpers handed an algorithm.
    static QString named( const QgsProcessingAlgorithm &algorithm, const QString &id );

    /**
     * The feature source of parameter \a name of any algorithm, for helpers handed one; throws
     * QGIS's own message naming the parameter when the layer cannot be loaded.
     */
    static std::unique_ptr<QgsProcessingFeatureSource> requiredSource( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, const QString &name, QgsProcessingContext &context );

    /**
     * Whether the algorithm runs QGIS's native algorithms (the sample data build runs a model
     * that uses them): the headless runner registers them only for a run that needs them.
     */
    virtual bool runsNativeAlgorithms() const { return false; }

  protected:
    /**
     * The side panel's help: two to four sentences of what the algorithm does and why, in the
     * words of the dialog, then where the full page is (the Help button, helpUrl()).
     */
    static QString withFullHelp( const QString &whatAndWhy );

    /**
     * Gives every decimal number parameter the decimals its default needs (at least one, at most
     * four), so dialogs show 50.0 km/h and 0.05, not 50.000000 and 0.050000; the end of each
     * initAlgorithm() calls it.
     */
    void showReadableNumbers();

    //! A number that counts (people, cells) shows no decimals in the dialog: 125000, not 125000.0.
    static QgsProcessingParameterNumber *wholeNumber( QgsProcessingParameterNumber *number );

    //! The family's documentation page, docs/<page>.md ("deprivation", "accessibility", "rurality", "sampledata").
    virtual QString documentationPage() const = 0;

    /**
     * Returns \a outputs as they are and remembers them with the run's \a parameters, so that
     * postProcessAlgorithm() records provenance in every output: processAlgorithm() ends with it.
     */
    QVariantMap withProvenance( const QVariantMap &parameters, const QVariantMap &outputs );

    /**
     * The file of a raster output parameter, checked before any work: PlaceGap writes GeoTIFF,
     * so another extension (.asc, .gpkg) is refused, naming the parameter, rather than given
     * GeoTIFF content under a name that says otherwise; so is a folder that is missing or cannot
     * be written to.
     */
    QString geoTiffOutput( const QVariantMap &parameters, const QString &name, QgsProcessingContext &context ) const;

    //! Records provenance in the outputs withProvenance() was given (the sinks are closed by now).
    QVariantMap postProcessAlgorithm( QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

    /**
     * A parameter as messages name it: its label in the dialog, then its id for the command
     * line ("'Default speed (km/h)' (DEFAULT_SPEED)"); the id alone when there is no such parameter.
     */
    QString named( const QString &id ) const;

    //! The feature source of parameter \a name; throws, naming it, when the layer cannot be loaded.
    std::unique_ptr<QgsProcessingFeatureSource> requiredSource( const QVariantMap &parameters, const QString &name, QgsProcessingContext &context ) const
    {
      return requiredSource( *this, parameters, name, context );
    }

    //! Whether the optional output \a name was asked for (an optional sink left empty is not).
    bool outputRequested( const QVariantMap &parameters, const QString &name, QgsProcessingContext &context ) const;

    //! Warns, before the run, about choices no user means (a value field that is the feature id).
    bool prepareAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    /**
     * A field parameter set to the layer's feature id (fid, or its primary key): dialogs pick the
     * first numeric field, often fid, and a rank or population of 1, 2, 3... runs without error.
     */
    void warnAboutFeatureIdFields( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) const;

    // One run's state between processAlgorithm() and postProcessAlgorithm(), as QGIS's own
    // algorithms keep it: each run works on its own copy of the algorithm.
    QVariantMap mRunParameters;
    QVariantMap mRunOutputs;
};

#endif // PLACEGAPALGORITHM_H
