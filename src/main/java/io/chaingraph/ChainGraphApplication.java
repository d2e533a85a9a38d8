package io.chaingraph;

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
		SpringApplication.run(ChainGraphApplication.class, args);
	}

}
