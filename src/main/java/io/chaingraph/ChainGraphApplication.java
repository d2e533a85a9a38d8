package io.chaingraph;

import io.chaingraph.cli.CommandLine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Chain Graph: Jiangxi's industrial-chain innovation programme as a Neo4j graph behind a
 * GraphQL API.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChainGraphApplication {

	public static void main(String[] args) {
		if (CommandLine.handles(args)) {
			System.exit(CommandLine.run(ChainGraphApplication.class, args, System.out));
		}
		SpringApplication.run(ChainGraphApplication.class, args);
	}

}
