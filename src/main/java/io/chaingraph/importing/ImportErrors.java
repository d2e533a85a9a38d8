package io.chaingraph.importing;

import io.chaingraph.system.error.ErrorMessage;

/**
 * The errors clients cause with exports and imports.
 */
enum ImportErrors implements ErrorMessage {

	EXPORT_ONCE_PER_REQUEST(
			"exportGraph may be asked once per request; download larger or several exports as ZIPs from GET /export",
			"每个请求只能调用一次 exportGraph；更大或多份导出请通过 GET /export 下载 ZIP 文件"),

	EXPORT_TOO_LARGE(
			"The export is larger than the {limit} that exportGraph may answer (chaingraph.export.graphql-max-size); download it as a ZIP from GET /export{query} with the same Authorization header",
			"导出内容超过了 exportGraph 可返回的 {limit}（chaingraph.export.graphql-max-size）；请使用相同的 Authorization 请求头，通过 GET /export{query} 下载 ZIP 文件"),

	EXPORT_TIMED_OUT(
			"The export took longer than chaingraph.export.timeout ({timeout}) allows; export one chain (chain: ID) or ask an operator for the command-line export",
			"导出用时超过了 chaingraph.export.timeout（{timeout}）的限制；请只导出一条产业链（chain: ID），或请运维人员用命令行导出"),

	EXPORT_RUNNING_FOR_KEY(
			"This API key already runs an export, and a key runs one at a time; try again when it has finished (in {seconds}s at most).",
			"此 API 密钥已有一个导出在运行，每个密钥同时只能运行一个；请在它结束后重试（最多 {seconds} 秒）。"),

	EXPORTS_AT_LIMIT(
			"{running} exports are running, as many as chaingraph.export.max-concurrent allows; try again in {seconds}s at most.",
			"正在运行 {running} 个导出，已达 chaingraph.export.max-concurrent 允许的上限；请在最多 {seconds} 秒后重试。");

	private final String english;

	private final String chinese;

	ImportErrors(String english, String chinese) {
		this.english = english;
		this.chinese = chinese;
	}

	@Override
	public String english() {
		return this.english;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

}
