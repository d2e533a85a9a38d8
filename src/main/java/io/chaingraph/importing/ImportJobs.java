package io.chaingraph.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The import jobs of this process, newest last; the oldest are forgotten after
 * {@value #KEEP}.
 */
@Component
class ImportJobs {

	static final int KEEP = 50;

	private final Map<String, ImportJob> jobs = new LinkedHashMap<>();

	synchronized ImportJob create(String source) {
		ImportJob job = new ImportJob(UUID.randomUUID().toString(), source);
		this.jobs.put(job.id(), job);
		while (this.jobs.size() > KEEP) {
			this.jobs.remove(this.jobs.keySet().iterator().next());
		}
		return job;
	}

	synchronized Optional<ImportJob> find(String id) {
		return Optional.ofNullable(this.jobs.get(id));
	}

	synchronized List<ImportJob> all() {
		return new ArrayList<>(this.jobs.values());
	}

}
