/***************************************************************************
  placegapprovenance.h - where an output came from, written into its metadata
 ***************************************************************************/
#ifndef PLACEGAPPROVENANCE_H
#define PLACEGAPPROVENANCE_H

#include <QString>
#include <QStringList>
#include <QVariantMap>

class QgsLayerMetadata;
class QgsProcessingAlgorithm;
class QgsProcessingContext;
class QgsProcessingFeedback;

/**
 * Provenance: each layer an algorithm writes says which algorithm made it, with which PlaceGap
 * and QGIS versions, when, with which parameters and from which input sources, so a map in a
 * council report can be traced back. It goes into the layer's QGIS metadata: inside a
 * GeoPackage (its metadata tables, read by QGIS's Layer Properties ▸ Metadata), as a .qmd
 * sidecar beside other files (a GeoTIFF, a shapefile), on the layer itself for temporary
 * outputs.
 */
namespace placegap::provenance
{
  /**
   * The record of one output: identifier, title, abstract and history ("Made by <id> (PlaceGap
   * <version>, QGIS <version>) on <UTC time>", then one "NAME = value" line per parameter).
   */
  QgsLayerMetadata metadata( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, const QString &outputName, QgsProcessingContext &context );

  /**
   * Writes the record into every layer output among \a outputs (every layer of a GeoPackage a
   * file output names). A record that cannot be written is a warning, not a failure: the
   * output itself is complete. Returns the places written (paths or layer ids).
   */
  QStringList write( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, const QVariantMap &outputs, QgsProcessingContext &context, QgsProcessingFeedback *feedback );
} // namespace placegap::provenance

#endif // PLACEGAPPROVENANCE_H
