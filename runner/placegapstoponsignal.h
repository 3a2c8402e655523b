/***************************************************************************
  placegapstoponsignal.h - SIGTERM, SIGINT and SIGHUP cancel the run instead of killing it
 ***************************************************************************/
#ifndef PLACEGAPSTOPONSIGNAL_H
#define PLACEGAPSTOPONSIGNAL_H

class QgsFeedback;

/**
 * Turns the signals that stop a process (SIGTERM from a scheduler or `kill`, SIGINT from
 * Ctrl+C, SIGHUP from a closed terminal) into a cancellation of the running algorithm, so it
 * unwinds and removes what it had started to write, as the desktop's Cancel button does. A
 * second signal ends the process at once. Call install() first thing in main, before any thread
 * starts: the signals are blocked in every thread and taken by one watcher thread alone.
 */
namespace placegap::stoponsignal
{
  void install();
  //! The feedback to cancel on a signal (nullptr: none yet; a signal then only records itself).
  void watch( QgsFeedback *feedback );
  //! The signal received, or 0.
  int received();
} // namespace placegap::stoponsignal

#endif // PLACEGAPSTOPONSIGNAL_H
