package io.chaingraph.system.graphql;

import graphql.execution.instrumentation.Instrumentation;

/**
 * An instrumentation that acts on an operation as a whole (its parse, validation,
 * execution context or result) and never on its fields, so that graphql-java need not
 * call it for every field of every answer (see {@link LeanInstrumentation}).
 */
public interface OperationInstrumentation extends Instrumentation {

}
