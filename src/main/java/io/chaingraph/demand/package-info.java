/**
 * Enterprise demands: raised by an enterprise (企业点单), dispatched by the chain committee
 * (产业链党委派单), taken and resolved by a department (职能部门接单).
 */
@NullMarked
package io.chaingraph.demand;

import org.jspecify.annotations.NullMarked;
