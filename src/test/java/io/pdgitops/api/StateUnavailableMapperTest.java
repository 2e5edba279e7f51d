package io.pdgitops.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdgitops.state.StateStoreException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class StateUnavailableMapperTest {

    @Test
    void aStateThatCannotBeReadAnswers503WithTheStoresReason() {
        String reason = "cannot read the state in PostgreSQL: Connection to db:5432 refused";

        Response response = new StateUnavailableMapper().unavailable(
                new StateStoreException(reason, new SQLException("Connection to db:5432 refused")));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getEntity()).isEqualTo(new ApiError(reason));
    }
}
