/***************************************************************************
  placegapqgisstart.h - QGIS started with what the command line needs of it
 ***************************************************************************/
#ifndef PLACEGAPQGISSTART_H
#define PLACEGAPQGISSTART_H

#include <QStringList>

/**
 * A run of a PlaceGap algorithm on files needs QGIS's core alone: its built-in OGR, GDAL and
 * memory providers, PlaceGap's provider. QgsApplication::initQgis() also loads every data
 * provider plugin (PostGIS, WFS, delimited text...) and starts the authentication manager, which
 * loads its own plugins and reads every CA certificate of the system, and the native algorithms
 * take another moment to register: about 0.2 s of a 0.8 s run on a small network, more than
 * the search. They are started when the command line may need them, as qgis_process would.
 */
namespace placegap::qgisstart
{
  //! Whether the command line (arguments after the program) runs a PlaceGap algorithm: run placegap:...
  bool isPlaceGapRun( const QStringList &arguments );

  /**
   * Whether the command line may need the provider plugins and the authentication manager: any
   * command but run, a model (its inputs are its own), parameters on stdin, a project, or a value
   * naming a provider ("postgres://...", "delimitedtext://...") or an authentication
   * configuration (authcfg=).
   */
  bool needsPlugins( const QStringList &arguments );

  /**
   * Whether the command line needs QGIS's native algorithms: anything but a run of a PlaceGap
   * algorithm that runs none of them (PlaceGap's workflows are models that do). Call with
   * PlaceGap's provider registered.
   */
  bool needsNativeAlgorithms( const QStringList &arguments );

  //! QgsApplication::initQgis(), or its core alone: the provider registry without plugins, the project.
  void start( bool withPlugins );
} // namespace placegap::qgisstart

#endif // PLACEGAPQGISSTART_H
