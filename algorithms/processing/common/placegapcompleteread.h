/***************************************************************************
  placegapcompleteread.h - a pass over a layer that stopped short is an error, not fewer features
 ***************************************************************************/
#ifndef PLACEGAPCOMPLETEREAD_H
#define PLACEGAPCOMPLETEREAD_H

#include <QString>

class QgsFeatureSource;

namespace placegap::reading
{
  /**
   * Throws QgsProcessingException when a pass over every feature of source read fewer than the
   * source says it holds: a GeoPackage damaged part-way through counts all its rows but yields
   * only those before the damage, and results on the rest would be silently wrong. Names the
   * layer and parameter. Nothing happens when the count is unknown (-1).
   */
  void requireComplete( const QgsFeatureSource &source, long long read, const QString &parameter );
} // namespace placegap::reading

#endif // PLACEGAPCOMPLETEREAD_H
