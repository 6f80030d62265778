/** Training: the forced-labour course with quizzes and certificate, and the programme indicators kept by trainers. */
package org.waymark.training;
