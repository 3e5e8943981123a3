/* SPDX-License-Identifier: MPL-2.0 */
/* client-probe: drives dlt_client_* against a listener on [::1]:PORT: the
 * setters, connect, every control sender and query, the GET_LOG_INFO text
 * parser, cleanup; prints the return codes.  test-client.sh runs it on the
 * reference libdlt.so.2 and on libdlt-ng and compares the return codes and
 * the bytes the listener received (times masked).
 *
 * Usage: client-probe PORT */
#include <dlt/dlt_client.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    DltClient client;
    int rc;
    if (argc < 2)
        return 2;
    memset(&client, 0, sizeof client);
    rc = dlt_client_init(&client, 0);
    printf("init rc=%d port=%d sock=%d mode=%d servIP=%p\n", rc, client.port, client.sock,
           client.mode, (void *)client.servIP);
    rc = dlt_client_init_port(&client, atoi(argv[1]), 0);
    printf("init_port rc=%d port=%d\n", rc, client.port);
    printf("set_server_ip rc=%d\n", dlt_client_set_server_ip(&client, "::1"));
    printf("set_mode rc=%d\n", dlt_client_set_mode(&client, DLT_CLIENT_MODE_TCP));
    printf("setbaudrate rc=%d baud=%u\n", dlt_client_setbaudrate(&client, 115200),
           (unsigned)client.baudrate);
    memcpy(client.ecuid, "ECUC", 4);
    rc = dlt_client_connect(&client, 0);
    printf("connect rc=%d receiver.fd=%d bufsize=%d\n", rc, client.receiver.fd,
           client.receiver.buffersize);
    if (rc != 0)
        return 1;
    uint8_t payload[] = {0x01, 0x02, 0x03, 0x04, 0x05};
    char apid[8] = "APPX", ctid[8] = "CTXY", empty[8] = "";
    printf("send_ctrl_msg rc=%d\n", dlt_client_send_ctrl_msg(&client, apid, ctid, payload, 5));
    printf("send_ctrl_msg(empty ids) rc=%d\n",
           dlt_client_send_ctrl_msg(&client, empty, empty, payload, 5));
    printf("send_inject_msg rc=%d\n",
           dlt_client_send_inject_msg(&client, apid, ctid, 0xFFF, payload, 5));
    printf("send_log_level rc=%d\n", dlt_client_send_log_level(&client, apid, ctid, 4));
    printf("send_trace_status rc=%d\n", dlt_client_send_trace_status(&client, apid, ctid, 1));
    printf("send_default_log_level rc=%d\n", dlt_client_send_default_log_level(&client, 5));
    printf("send_all_log_level rc=%d\n", dlt_client_send_all_log_level(&client, 6));
    printf("send_default_trace_status rc=%d\n", dlt_client_send_default_trace_status(&client, 1));
    printf("send_all_trace_status rc=%d\n", dlt_client_send_all_trace_status(&client, 0));
    printf("send_timing_pakets rc=%d\n", dlt_client_send_timing_pakets(&client, 1));
    printf("send_store_config rc=%d\n", dlt_client_send_store_config(&client));
    printf("send_reset_to_factory_default rc=%d\n", dlt_client_send_reset_to_factory_default(&client));
    printf("get_log_info rc=%d\n", dlt_client_get_log_info(&client));
    printf("get_default_log_level rc=%d\n", dlt_client_get_default_log_level(&client));
    printf("get_software_version rc=%d\n", dlt_client_get_software_version(&client));
    client.send_serial_header = 1;
    printf("send_store_config(serial header) rc=%d\n", dlt_client_send_store_config(&client));
    rc = dlt_client_cleanup(&client, 0);
    printf("cleanup rc=%d sock=%d servIP=%p\n", rc, client.sock, (void *)client.servIP);
    return 0;
}
