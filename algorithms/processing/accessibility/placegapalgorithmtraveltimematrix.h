/***************************************************************************
  placegapalgorithmtraveltimematrix.h - placegap:traveltimematrix
 ***************************************************************************/
#ifndef PLACEGAPALGORITHMTRAVELTIMEMATRIX_H
#define PLACEGAPALGORITHMTRAVELTIMEMATRIX_H

#include "placegapnetworkalgorithmbase.h"

#include <string>

class PlaceGapRowWriter;
class QgsFeatureSink;

/**
 * Origin x destination table of travel minutes and km over a road (and ferry) network,
 * optionally only the k nearest destinations or those within a cut-off.
 */
class PlaceGapTravelTimeMatrixAlgorithm : public PlaceGapNetworkAlgorithmBase
{
  public:
    QString name() const override;
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    QString shortDescription() const override;
    PlaceGapTravelTimeMatrixAlgorithm *createInstance() const override;
    bool checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message = nullptr ) const override;

  protected:
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    QgsFields outputFields( const QVariantMap &parameters, QgsProcessingContext &context, const Network &network ) const;
    //! One origin's rows to the row writer (bulk), else as features to the sink.
    static void writeRows( const QList<QgsAttributes> &rows, PlaceGapRowWriter *bulk, const QString &file, QgsFeatureSink *sink, const QgsFields &fields, const QVariantMap &parameters );
    //! The rows of origin i: the destinations reached, nearest first, then (full matrix) the others with NULL results, counted in unreachable.
    static QList<QgsAttributes> originRows( const Network &network, const TimetableResults &timetabled, const std::vector<Site> &origins, const std::vector<Site> &destinations, std::size_t i, const std::vector<placegap::Reach> &reaches, bool fullMatrix, std::size_t &unreachable );

    //! The cells of a site that repeat on every row it is in, formatted once by the row writer.
    struct SiteCells
    {
        std::string id;
        std::string snap;
    };
    static SiteCells siteCells( const PlaceGapRowWriter &writer, const Site &site );
    //! The rows of originRows(), formatted by the writer (where it formatsApart()) and appended to block.
    static std::size_t formatOriginRows( const PlaceGapRowWriter &writer, const Network &network, const TimetableResults &timetabled, const std::vector<Site> &origins, const std::vector<SiteCells> &destinationCells, std::size_t i, const std::vector<placegap::Reach> &reaches, bool fullMatrix, std::size_t &unreachable, std::string &block );
};

#endif // PLACEGAPALGORITHMTRAVELTIMEMATRIX_H
