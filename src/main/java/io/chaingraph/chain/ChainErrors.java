package io.chaingraph.chain;

import io.chaingraph.system.error.ErrorMessage;

/**
 * The errors clients cause with chain maps.
 */
enum ChainErrors implements ErrorMessage {

	NEGATIVE_GAP_THRESHOLD("Argument 'gapThreshold' must not be negative; got {gapThreshold}",
			"参数 'gapThreshold' 不能为负数；收到的是 {gapThreshold}");

	private final String english;

	private final String chinese;

	ChainErrors(String english, String chinese) {
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
